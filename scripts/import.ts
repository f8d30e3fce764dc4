import { runImport } from "./cli/import-command.ts";

process.exitCode = await runImport(process.argv.slice(2));
