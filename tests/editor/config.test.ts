import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  agencySchema,
  FIELD_HELP,
  measureSchema,
  reportSchema,
} from "../../scripts/content/schema.ts";
import { scoresSchema } from "../../scripts/content/scores.ts";
import {
  agencyFields,
  measureFields,
  reportFields,
  scoresFields,
} from "../../scripts/editor/collections.ts";
import { editorConfig } from "../../scripts/editor/config.ts";
import { missingFields } from "../../scripts/editor/coverage.ts";
import type { EditorField } from "../../scripts/editor/fields.ts";

const FORMS = [
  ["measure", measureSchema(2568), measureFields(2568)],
  ["report", reportSchema, reportFields()],
  ["agency", agencySchema, agencyFields()],
  ["ita-scores", scoresSchema, scoresFields()],
] as const;

/** Every field at every depth, with its dotted path. */
function allFields(fields: EditorField[], prefix = ""): [string, EditorField][] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const children = field.fields ?? field.types?.flatMap((type) => type.fields ?? []) ?? [];
    return [[path, field] as [string, EditorField], ...allFields(children, `${path}.`)];
  });
}

describe("the editor's form, made from the content schema", () => {
  it.each(FORMS)("has a field for every field of the %s schema", (_name, schema, fields) => {
    expect(missingFields(schema, [...fields])).toEqual([]);
  });

  it("notices a schema field that has no editor field", () => {
    const grown = measureSchema(2568).extend({
      budget: z.number(),
      period: z.strictObject({ start: z.string(), end: z.string(), note: z.string() }),
    });
    expect(missingFields(grown, measureFields(2568))).toEqual(["period.note", "budget"]);
  });

  it.each(FORMS)("labels the %s fields in Thai from FIELD_HELP", (_name, _schema, fields) => {
    for (const [path, field] of allFields([...fields])) {
      const help = FIELD_HELP[path];
      if (help) expect(field.label, path).toBe(help.label);
      expect(field.label, path).toMatch(/[ก-๙]/);
    }
  });

  it("takes required, bounds and patterns from the schema", () => {
    const fields = Object.fromEntries(allFields(measureFields(2568)));
    expect(fields.number).toMatchObject({ widget: "number", value_type: "int", min: 1, max: 999 });
    expect(fields.evidence).toMatchObject({ required: false, widget: "list" });
    expect(fields["evidence.file"]?.pattern?.[0]).toBe(
      "^[a-z0-9]+(-[a-z0-9]+)*\\.(jpg|jpeg|png|webp|pdf)$",
    );
    expect(fields.title?.pattern?.[0]).toContain("{1,1000}");
    const scores = Object.fromEntries(allFields(scoresFields()));
    expect(scores["scores.year"]).toMatchObject({ min: 2557, max: 2700, value_type: "int" });
    expect(scores["scores.total"]).toMatchObject({ min: 0, max: 100, required: false });
    const agency = Object.fromEntries(allFields(agencyFields()));
    expect(agency.kind).toMatchObject({ widget: "select", required: false });
    expect(agency.province?.options?.length).toBe(77);
  });

  it("writes the three sections as Markdown fields after the front matter", () => {
    const names = measureFields(2568).map((field) => [field.name, field.widget]);
    expect(names.slice(-3)).toEqual([
      ["steps", "markdown"],
      ["output", "markdown"],
      ["outcome", "markdown"],
    ]);
  });
});

describe("the editor's configuration", () => {
  it("has a report and a measures collection per year, newest first, then the agency files", () => {
    const { decap } = editorConfig([2567, 2568], { kind: "local" });
    const collections = decap.collections as { name: string; folder?: string }[];
    expect(collections.map((collection) => collection.name)).toEqual([
      "report-2568",
      "measures-2568",
      "report-2567",
      "measures-2567",
      "agency",
      "ita-scores",
    ]);
    expect(collections[1]).toMatchObject({
      folder: "2568/measures",
      media_folder: "/2568/evidence",
      public_folder: "",
      format: "ita-measure",
    });
    expect(decap.backend).toEqual({ name: "proxy", proxy_url: "/api/v1", branch: "main" });
    expect(decap.locale).toBe("th");
  });

  it("saves to the agency's GitHub repository through its sign-in helper", () => {
    const settings = {
      repository: "muangkong/ita-report",
      branch: "main",
      signIn: "https://auth.example.workers.dev/auth",
      contentFolder: "content",
    };
    const { decap } = editorConfig([2568], { kind: "github", settings });
    expect(decap.backend).toMatchObject({
      name: "github",
      repo: "muangkong/ita-report",
      base_url: "https://auth.example.workers.dev",
      auth_endpoint: "auth",
    });
    const collections = decap.collections as { folder?: string; media_folder?: string }[];
    expect(collections[1]).toMatchObject({
      folder: "content/2568/measures",
      media_folder: "/content/2568/evidence",
    });
  });
});
