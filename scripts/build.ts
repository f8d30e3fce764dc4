import { prestartHtmlStage } from "./site/render-thread.ts";

// The HTML stage's thread starts first and loads Eleventy while this one loads the rest of the
// build and checks the content.
prestartHtmlStage();
const { runBuild } = await import("./cli/build-command.ts");
process.exitCode = await runBuild(process.argv.slice(2));
// Done: the process ends now rather than when the browser's last helper processes are gone
// (about 50 ms), once what was printed has reached the terminal (asynchronous on Windows).
await Promise.all(
  [process.stdout, process.stderr].map(
    (stream) => new Promise((resolve) => stream.write("", resolve)),
  ),
);
process.exit();
