import { runNewMeasure } from "./cli/new-year-command.ts";

process.exitCode = await runNewMeasure(process.argv.slice(2));
