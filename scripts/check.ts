import { runCheck } from "./cli/check-command.ts";

process.exitCode = await runCheck(process.argv.slice(2));
