import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, processesMentioning, runCli, startCli } from "../helpers/cli.ts";
import { copyContent, scratch, snapshot } from "../helpers/content.ts";
import { skipBrowser } from "../helpers/tools.ts";

/** The pid in a staging folder's name: the build process that made it. */
const ownerOf = (name: string) => Number(/\.staging-(\d+)-/.exec(name)?.[1]);

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

/**
 * A build stopped at the worst moments, for real: killed between the two renames that publish
 * the site (through a test seam), stopped with Ctrl+C while printing, and run on a disk that is
 * full or read-only. dist/ must always be the old complete site or the new one.
 */
describe.skipIf(skipBrowser)(
  `a build that is stopped${skipBrowser ? ` (skipped: ${skipBrowser})` : ""}`,
  () => {
    let content: string;
    let root: string;
    let cache: string;
    const build = (out: string, env: NodeJS.ProcessEnv = {}) =>
      startCli(["build", "--content", content, "--out", out, "--cache", cache], env);

    beforeAll(async () => {
      content = await copyContent();
      root = await scratch("crash");
      cache = join(await scratch("crash-cache"), "build");
      const first = await build(join(root, "dist")).done;
      expect(first.code, first.stderr).toBe(0);
    });

    it("killed between the two renames: the next build puts the complete site back before anything else", async () => {
      const report = join(content, "2568", "report.md");
      const original = await readFile(report, "utf8");
      await writeFile(report, original.replace(/^title: .*$/m, "title: รายงานฉบับใหม่"));
      const killed = await build(join(root, "dist"), { ITA_REPORT_FAULT: "kill-between-renames" })
        .done;
      expect(killed.signal).toBe("SIGKILL");
      const left = await readdir(root);
      expect(left).not.toContain("dist");
      const staging = left.find((name) => !name.endsWith(".old")) ?? "";
      expect(left.sort()).toEqual([staging, `${staging}.old`]);
      // Through its pipe, the browser ends with the process that was killed.
      const profile = `ita-report-browser-${ownerOf(staging)}-`;
      expect(await eventually(async () => (await processesMentioning(profile)).length === 0)).toBe(
        true,
      );

      // The next build stops on a content mistake, after putting the new complete site back.
      await writeFile(report, original.replace("title:", "titel:"));
      const next = await runCli(["build", "--content", content, "--out", join(root, "dist")]);
      expect(next.code).toBe(1);
      expect(await readdir(root)).toEqual(["dist"]);
      expect(await readFile(join(root, "dist", "2568", "index.html"), "utf8")).toContain(
        "รายงานฉบับใหม่",
      );
      // The next browser launched clears the killed browser's profile.
      await writeFile(report, original);
      const fresh = ["build", "--content", content, "--out", join(root, "dist"), "--cache", ""];
      expect((await startCli(fresh).done).code).toBe(0);
      expect((await readdir(tmpdir())).filter((name) => name.startsWith(profile))).toEqual([]);
    });

    it("stopped with Ctrl+C while working: exit 130, dist/ as it was, nothing left behind", async () => {
      const before = await snapshot(join(root, "dist"));
      // A fresh print (no cache), so the browser is surely running when the stop comes.
      const running = startCli([
        "build",
        "--content",
        content,
        "--out",
        join(root, "dist"),
        "--cache",
        "",
      ]);
      let staging = "";
      const started = await eventually(async () => {
        staging = (await readdir(root)).find((name) => name.includes(".staging-")) ?? "";
        return (
          staging !== "" &&
          (await processesMentioning(`ita-report-browser-${ownerOf(staging)}-`)).length > 0
        );
      }, 20_000);
      expect(started, "the build reached the browser").toBe(true);
      running.child.kill("SIGINT");
      const result = await running.done;
      expect(result.code).toBe(130);
      expect(result.stderr).toContain("หยุดตามคำสั่ง");
      // The stop is told, not the failures it caused in the work it took away.
      expect(result.stderr).not.toContain("ไม่สำเร็จ");
      noStackTrace(result.stderr);
      expect(await readdir(root)).toEqual(["dist"]);
      expect(await snapshot(join(root, "dist"))).toEqual(before);
      const profile = `ita-report-browser-${ownerOf(staging)}-`;
      expect(await processesMentioning(profile)).toEqual([]);
      expect((await readdir(tmpdir())).filter((name) => name.startsWith(profile))).toEqual([]);
    });

    describe("on a disk that is full or read-only", () => {
      const disk = join(tmpdir(), `ita-small-disk-${process.pid}`);
      let mounted = false;
      beforeAll(async () => {
        await mkdir(disk, { recursive: true });
        try {
          // A real disk of 64 KB: the fonts alone do not fit.
          execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk], {
            stdio: "ignore",
          });
          mounted = true;
        } catch {
          // Not root, or no mount in this container: said in the tests below.
        }
      });
      afterAll(() => {
        if (mounted) execFileSync("umount", [disk]);
      });

      it("full: a Thai message with the fix, exit 1, no stack trace, nothing left on it", async (context) => {
        if (!mounted) context.skip("mounting a small disk needs root");
        const result = await build(join(disk, "dist")).done;
        expect(result.code).toBe(1);
        expect(result.stderr).toContain("พื้นที่ในดิสก์เต็ม");
        expect(result.stderr).toContain("วิธีแก้");
        noStackTrace(result.stderr);
        expect(await readdir(disk)).toEqual([]);
      });

      it("read-only: a Thai message with the fix, exit 1, no stack trace", async (context) => {
        if (!mounted) context.skip("mounting a small disk needs root");
        execFileSync("mount", ["-o", "remount,ro", disk]);
        try {
          const result = await build(join(disk, "dist")).done;
          expect(result.code).toBe(1);
          expect(result.stderr).toContain("อ่านอย่างเดียว");
          expect(result.stderr).toContain(`(${join(disk, "dist")})`);
          noStackTrace(result.stderr);
        } finally {
          execFileSync("mount", ["-o", "remount,rw", disk]);
        }
      });
    });
  },
);
