import { runNewYear } from "./cli/new-year-command.ts";

process.exitCode = await runNewYear(process.argv.slice(2));
