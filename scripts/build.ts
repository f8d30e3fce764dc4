import { prestartHtmlStage } from "./site/render-thread.ts";

// The HTML stage's thread starts first and loads Eleventy while this one loads the rest of the
// build and checks the content.
prestartHtmlStage();
const { runBuild } = await import("./cli/build-command.ts");
process.exitCode = await runBuild(process.argv.slice(2));
