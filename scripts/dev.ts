import { runDev } from "./cli/dev-command.ts";

// Exits when the preview cannot start; Eleventy's watchers would otherwise keep it running.
process.exit(await runDev(process.argv.slice(2)));
