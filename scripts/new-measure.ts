import { runNewMeasure } from "./cli/new-measure-command.ts";

process.exitCode = await runNewMeasure(process.argv.slice(2));
