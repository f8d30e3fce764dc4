import { execFileSync } from "node:child_process";

/** Reads a PDF back with poppler and qpdf, as an assessor's tools would. */
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: "utf8" });

export function pdfInfo(file: string): Record<string, string> {
  const entries = run("pdfinfo", [file])
    .split("\n")
    .map((line) => line.match(/^([^:]+):\s*(.*)$/))
    .filter((match) => match !== null)
    .map((match) => [match[1] as string, match[2] as string]);
  return Object.fromEntries(entries);
}

/** Size of every page in points, e.g. ["841.92 x 594.96", …]. */
export function pageSizes(file: string, pages: number): string[] {
  return run("pdfinfo", ["-f", "1", "-l", String(pages), file])
    .split("\n")
    .filter((line) => /^Page\s+\d+ size:/.test(line))
    .map((line) => line.replace(/^Page\s+\d+ size:\s*/, "").replace(/\s*pts.*$/, ""));
}

/** Embedded font names, with whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  return run("pdffonts", [file])
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      return { name: columns[0] ?? "", embedded: columns.at(-5) === "yes" };
    });
}

/** Text of one page in reading order. */
export function pageText(file: string, page: number): string {
  return run("pdftotext", ["-f", String(page), "-l", String(page), file, "-"]);
}

/** Words of one page with their boxes, in points from the top left. */
export function pageWords(
  file: string,
  page: number,
): { text: string; yMin: number; yMax: number }[] {
  const html = run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), file, "-"]);
  return [
    ...html.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    ),
  ].map((match) => ({ text: match[3] ?? "", yMin: Number(match[1]), yMax: Number(match[2]) }));
}

/** qpdf's structural check; throws when the file is damaged. */
export function qpdfCheck(file: string): string {
  return run("qpdf", ["--check", file]);
}

/** The document catalogue and info, uncompressed, to look for /Lang and the like. */
export function pdfObjects(file: string): string {
  // Uncompressed, a report with photos is several megabytes: more than execFileSync's 1 MB default.
  return execFileSync("qpdf", ["--qdf", "--object-streams=disable", file, "-"], {
    maxBuffer: 256 * 1024 * 1024,
  }).toString("latin1");
}

/** The web addresses the pages' links open, as a reader's viewer finds them (page by page). */
export function pdfLinks(file: string): string[] {
  return run("pdfinfo", ["-url", file])
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2] ?? "")
    .filter(Boolean);
}

/** Lines of one page as the PDF draws them, one table cell's lines after another (-raw). */
export function pageLines(file: string, page: number): string[] {
  return run("pdftotext", ["-raw", "-f", String(page), "-l", String(page), file, "-"])
    .split("\n")
    .map((line) => line.trim());
}
