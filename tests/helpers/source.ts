import type { SourceFile } from "../../scripts/content/source-file.ts";
import { parseSourceFile } from "../../scripts/content/source-file.ts";

/**
 * A measure file held in memory: number 1, a title, optional units and more header lines, and
 * the body given; without units or more header, its body starts at line 6.
 */
export function measureSource(
  body: string,
  title = "โครงการทดสอบ",
  units?: string,
  moreHeader = "",
): SourceFile {
  const unitLines = units ? `responsibleUnits:\n  - ${units}\n` : "";
  const text = `---\nnumber: 1\ntitle: ${title}\n${unitLines}${moreHeader}---\n\n${body}\n`;
  const source = parseSourceFile(text, "m.md");
  if ("code" in source) throw new Error(source.message);
  return source;
}
