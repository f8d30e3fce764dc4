import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSite } from "../../scripts/content/load.ts";
import { publishEditor } from "../../scripts/editor/publish.ts";
import { copyContent, scratch } from "../helpers/content.ts";

const EDITOR = `editor:
  repository: testtown/ita-report
  signIn: https://ita-auth.example.workers.dev/auth
`;

/** The checked site of a content folder that must pass. */
async function loaded(content: string) {
  const { site, problems } = await checkSite(content);
  if (!site) throw new Error(JSON.stringify(problems));
  return { site, problems };
}

/** The editor goes into the published site only when agency.yaml says where it can sign in. */
describe("the published editor", () => {
  it("is left out when agency.yaml names no repository", async () => {
    const { site } = await loaded(await copyContent());
    const out = await scratch("editor-out");
    expect(await publishEditor(site, out)).toBe(false);
    expect(await readdir(out)).toEqual([]);
  });

  it("saves to the agency's GitHub repository, loading only its own files and GitHub's API", async () => {
    const content = await copyContent();
    await writeFile(
      join(content, "agency.yaml"),
      `${await readFile(join(content, "agency.yaml"), "utf8")}${EDITOR}`,
    );
    const { site, problems } = await loaded(content);
    expect(problems).toEqual([]);
    const out = await scratch("editor-out");
    expect(await publishEditor(site, out)).toBe(true);
    const files = await readdir(join(out, "admin"));
    expect(files).toEqual(
      expect.arrayContaining(["index.html", "config.json", "editor.js", "decap-cms.js"]),
    );
    const page = await readFile(join(out, "admin", "index.html"), "utf8");
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? "";
    expect(policy.split("; ")).toEqual([
      "default-src 'none'",
      "script-src 'self' 'unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "font-src 'self' data:",
      "img-src 'self' data: blob: https://api.github.com",
      "connect-src 'self' blob: https://api.github.com",
      "frame-src 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(page).not.toContain("<script>");
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page.match(/<script src="([^"]+)">/g)).toEqual([
      '<script src="editor.js">',
      '<script src="decap-cms.js">',
    ]);
    const config = JSON.parse(await readFile(join(out, "admin", "config.json"), "utf8"));
    expect(config.decap.backend).toMatchObject({
      name: "github",
      repo: "testtown/ita-report",
      branch: "main",
      base_url: "https://ita-auth.example.workers.dev",
    });
    expect(config.decap.collections[1].folder).toBe("content/2568/measures");
  });

  it("is refused by the check when the sign-in address is not https", async () => {
    const content = await copyContent();
    const agency = await readFile(join(content, "agency.yaml"), "utf8");
    await writeFile(
      join(content, "agency.yaml"),
      `${agency}${EDITOR.replace("https://", "http://")}`,
    );
    const { problems } = await checkSite(content);
    expect(problems.map((p) => [p.code, p.file.endsWith("agency.yaml")])).toContainEqual([
      "E_FIELD_INVALID",
      true,
    ]);
  });
});
