import { parseDocument, stringify } from "yaml";

/**
 * How the browser editor reads and writes our content files (Decap CMS custom formats,
 * https://decapcms.org/docs/custom-formatters/). A file the editor saves is written the way a
 * clerk writes it by hand: YAML with the core schema (`2568-10-15` stays text), keys in the
 * schema's order, and a measure's three columns as its `## ` sections. Runs in the browser and
 * in Node, so it imports nothing but the `yaml` package.
 */

/** Form values as Decap hands them over: empty fields arrive as "", [] or undefined. */
type Data = Record<string, unknown>;

/** Decap's list of alternatives keeps the chosen one in this key; the files never do. */
export const TYPE_KEY = "type";

/** Text before the front matter's closing `---`, and the Markdown after it. */
export function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  return match ? { yaml: match[1] ?? "", body: match[2] ?? "" } : { yaml: "", body: text };
}

/** YAML read as the content loader reads it: core schema, no timestamps. */
export function readYaml(yaml: string): Data {
  const data = parseDocument(yaml, { schema: "core", logLevel: "silent" }).toJS();
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Data) : {};
}

/** Whether a form value is left empty, so that no key is written for it. */
function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.values(value).every(isEmpty);
  return false;
}

/** Drops empty values at every depth; text is trimmed as the schema trims it. */
export function compact(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) return value.filter((item) => !isEmpty(item)).map(compact);
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => !isEmpty(item));
    return Object.fromEntries(entries.map(([key, item]) => [key, compact(item)]));
  }
  return value;
}

/** `{ W_NUMBER_GAP: "…" }` in a file is a list of code and reason in the form. */
function acceptToForm(accept: unknown): Data[] | undefined {
  if (!accept || typeof accept !== "object") return undefined;
  return Object.entries(accept).map(([code, reason]) => ({ code, reason }));
}

function acceptToFile(accept: unknown): Data | undefined {
  if (!Array.isArray(accept)) return undefined;
  const entries = accept
    .filter((item): item is Data => !isEmpty(item))
    .map((item) => [String(item.code ?? "").trim(), String(item.reason ?? "").trim()]);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Evidence items get the alternative they are (a file or a web address) for the form. */
function evidenceToForm(evidence: unknown): unknown {
  if (!Array.isArray(evidence)) return evidence;
  return evidence.map((item: Data) => ({ [TYPE_KEY]: "url" in item ? "url" : "file", ...item }));
}

function evidenceToFile(evidence: unknown): unknown {
  if (!Array.isArray(evidence)) return evidence;
  return evidence.map(({ [TYPE_KEY]: _type, ...item }: Data) => item);
}

/** Front matter as the form shows it. */
export function frontMatterToForm(data: Data): Data {
  const form: Data = { ...data };
  if ("accept" in data) form.accept = acceptToForm(data.accept);
  if ("evidence" in data) form.evidence = evidenceToForm(data.evidence);
  return form;
}

/** Form values as front matter, in the order of `keys` (the schema's), the rest after. */
export function formToFrontMatter(form: Data, keys: readonly string[]): Data {
  const data: Data = { ...form };
  if ("accept" in form) data.accept = acceptToFile(form.accept);
  if ("evidence" in form) data.evidence = evidenceToFile(form.evidence);
  const ordered = [...keys, ...Object.keys(data).filter((key) => !keys.includes(key))];
  const result: Data = {};
  for (const key of ordered) {
    if (key in data && !isEmpty(data[key])) result[key] = compact(data[key]);
  }
  return result;
}

/**
 * The YAML the file had when the editor opened it, kept in the form's data (never written), so
 * that saving changes only the fields the clerk changed: comments, quotes and the order of the
 * rest stay as they were typed.
 */
export const SOURCE_KEY = "__source";
/** Likewise the headings of a measure's sections, as typed. */
export const HEADINGS_KEY = "__headings";

/** YAML as a clerk writes it: block style, no folding of long Thai lines. */
export function writeYaml(data: Data, source?: unknown): string {
  if (typeof source !== "string" || source.trim() === "") {
    return isEmpty(data) ? "" : stringify(data, { lineWidth: 0, version: "1.2" });
  }
  const doc = parseDocument(source, { schema: "core", logLevel: "silent" });
  const before = (doc.toJS() ?? {}) as Data;
  for (const key of Object.keys(before)) if (!(key in data)) doc.delete(key);
  for (const [key, value] of Object.entries(data)) {
    // Plain data from YAML and the form: equal values serialise alike.
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) doc.set(key, doc.createNode(value));
  }
  return doc.toString({ lineWidth: 0 });
}

/** Front matter read for the form, with its source kept for writeYaml. */
function readForForm(yaml: string): Data {
  return { ...frontMatterToForm(readYaml(yaml)), [SOURCE_KEY]: yaml };
}

/** The form's values without the kept source, and the source. */
function withoutSource(form: Data): [Data, unknown] {
  const { [SOURCE_KEY]: source, ...rest } = form;
  return [rest, source];
}

/** A YAML file (agency.yaml, ita-scores.yaml). */
export function yamlFormat(keys: readonly string[]) {
  return {
    fromFile: (text: string): Data => readForForm(text),
    toFile(form: Data): string {
      const [rest, source] = withoutSource(form);
      return writeYaml(formToFrontMatter(rest, keys), source);
    },
  };
}

/** A Markdown file with front matter and a free body (report.md). */
export function markdownFormat(keys: readonly string[], bodyField = "body") {
  return {
    fromFile(text: string): Data {
      const { yaml, body } = splitFrontMatter(text);
      return { ...readForForm(yaml), [bodyField]: body.trim() };
    },
    toFile(form: Data): string {
      const [{ [bodyField]: body, ...rest }, source] = withoutSource(form);
      const text = typeof body === "string" ? body.trim() : "";
      const yaml = writeYaml(formToFrontMatter(rest, keys), source);
      return `---\n${yaml}---\n${text ? `\n${text}\n` : ""}`;
    },
  };
}

/** A heading's text without spaces or a gloss in brackets, as the content loader compares it. */
const bare = (heading: string) =>
  heading
    .replace(/\(.*?\)/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();

/**
 * A measure: front matter and the three `## ` sections, each its own Markdown field in the
 * form. Text under a heading that is not a section stays with the section before it, so the
 * check still reports it and nothing typed is lost.
 * @example measureFormat({ steps: "ขั้นตอน…" }, ["number"]).fromFile("---\nnumber: 1\n---\n## ขั้นตอน…\n\nก") // => { number: 1, steps: "ก" }
 */
export function measureFormat(sections: Record<string, string>, keys: readonly string[]) {
  const keyOf = (title: string) =>
    Object.keys(sections).find((key) => bare(sections[key] ?? "") === bare(title));
  return {
    fromFile(text: string): Data {
      const { yaml, body } = splitFrontMatter(text);
      const form = readForForm(yaml);
      const parts: Record<string, string[]> = {};
      // Each section's heading as typed ("ผลการดำเนินการ (output)"), written back unchanged.
      const headings: Record<string, string> = {};
      const before: string[] = [];
      let current = before;
      let fence = false;
      for (const line of body.split(/\r?\n/)) {
        if (/^\s*(```|~~~)/.test(line)) fence = !fence;
        const heading = fence ? undefined : /^#{1,2}\s+(.+?)\s*#*\s*$/.exec(line)?.[1];
        const key = heading === undefined ? undefined : keyOf(heading);
        if (key && !parts[key]) {
          current = [];
          parts[key] = current;
          headings[key] = heading ?? "";
        } else current.push(line);
      }
      // Text above the first heading (E_SECTION_ORPHAN for the check) is kept, in the first section.
      const first = Object.keys(parts)[0];
      if (first) parts[first]?.unshift(...before);
      for (const [key, lines] of Object.entries(parts)) form[key] = lines.join("\n").trim();
      form[HEADINGS_KEY] = headings;
      return form;
    },
    toFile(form: Data): string {
      const [{ [HEADINGS_KEY]: typed, ...data }, source] = withoutSource(form);
      const headings = (typed ?? {}) as Record<string, string>;
      const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !(key in sections)));
      const body = Object.entries(sections)
        .map(
          ([key, title]) => `## ${headings[key] ?? title}\n\n${String(form[key] ?? "").trim()}\n`,
        )
        .join("\n");
      return `---\n${writeYaml(formToFrontMatter(rest, keys), source)}---\n\n${body}`;
    },
  };
}
