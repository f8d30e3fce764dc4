import type { Output } from "../../scripts/cli/problem-output.ts";

/** An Output that records what a command prints, as a clerk's terminal would show it. */
export function captureOutput(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return {
    output,
    stdout: () => out.join("\n"),
    stderr: () => err.join("\n"),
  };
}
