import type { EditorSettings } from "../content/schema.ts";
import { SECTIONS } from "../content/section-titles.ts";
import { formatThaiNumber } from "../thai/numbers.ts";
import { agencyFields, keysOf, measureFields, reportFields, scoresFields } from "./collections.ts";

/**
 * The editor's whole configuration, made from the content schema for the years the content
 * has: what /admin/config.json holds. `decap` is Decap CMS's own configuration
 * (https://decapcms.org/docs/configuration-options/); the rest is what our formats need.
 */

/** Where the editor saves: our local backend (`npm run dev`) or the agency's GitHub repository. */
export type EditorBackend = { kind: "local" } | { kind: "github"; settings: EditorSettings };

/** The custom formats (scripts/editor/file-formats.ts) and the keys each writes, in order. */
export const FORMATS = {
  "ita-measure": { extension: "md", kind: "measure" },
  "ita-report": { extension: "md", kind: "report" },
  "ita-agency": { extension: "yaml", kind: "yaml" },
  "ita-scores": { extension: "yaml", kind: "yaml" },
} as const;
export type FormatName = keyof typeof FORMATS;

export interface EditorConfig {
  decap: Record<string, unknown>;
  sections: Record<string, string>;
  /** Front matter keys each format writes, in the schema's order. */
  keys: Record<FormatName, string[]>;
}

/** The local backend's address (scripts/editor/local-backend.ts), relative to the site. */
export const LOCAL_API = "/api/v1";

function backendOf(backend: EditorBackend): Record<string, unknown> {
  if (backend.kind === "local") return { name: "proxy", proxy_url: LOCAL_API, branch: "main" };
  const { repository, branch, signIn } = backend.settings;
  const url = new URL(signIn);
  return {
    name: "github",
    repo: repository,
    branch,
    base_url: url.origin,
    auth_endpoint: url.pathname.replace(/^\/+/, "") || "auth",
    commit_messages: {
      create: "สร้าง {{collection}} {{slug}} ผ่านตัวแก้ไขบนเว็บ",
      update: "แก้ไข {{collection}} {{slug}} ผ่านตัวแก้ไขบนเว็บ",
      delete: "ลบ {{collection}} {{slug}} ผ่านตัวแก้ไขบนเว็บ",
      uploadMedia: "อัปโหลดหลักฐาน {{path}}",
      deleteMedia: "ลบหลักฐาน {{path}}",
    },
  };
}

/** The collections for one fiscal year: its report, then its measures. */
function yearCollections(year: number, root: string) {
  const yearText = formatThaiNumber(year);
  return [
    {
      name: `report-${year}`,
      label: `รายงาน ปี ${yearText}`,
      files: [
        {
          name: "report",
          label: `ข้อมูลรายงาน ปีงบประมาณ ${yearText}`,
          file: `${root}${year}/report.md`,
          format: "ita-report",
          fields: reportFields(),
        },
      ],
    },
    {
      name: `measures-${year}`,
      label: `มาตรการ ปี ${yearText}`,
      label_singular: "มาตรการ",
      description: `มาตรการของปีงบประมาณ ${yearText} แต่ละรายการเป็นหนึ่งไฟล์ใน ${root}${year}/measures`,
      folder: `${root}${year}/measures`,
      extension: "md",
      format: "ita-measure",
      create: true,
      delete: false,
      // A new measure's file name; the check accepts any lower-case ASCII name.
      slug: "measure-{{fields.number}}",
      identifier_field: "title",
      summary: "{{fields.number}}. {{fields.title}}",
      sortable_fields: ["number", "title"],
      media_folder: `/${root}${year}/evidence`,
      public_folder: "",
      fields: measureFields(year),
    },
  ];
}

/** agency.yaml and ita-scores.yaml. */
function agencyCollections(root: string) {
  return [
    {
      name: "agency",
      label: "ข้อมูลหน่วยงาน",
      files: [
        {
          name: "agency",
          label: "ข้อมูลหน่วยงาน (agency.yaml)",
          file: `${root}agency.yaml`,
          format: "ita-agency",
          fields: agencyFields(),
        },
      ],
    },
    {
      name: "ita-scores",
      label: "ผลคะแนน ITA",
      files: [
        {
          name: "ita-scores",
          label: "ผลคะแนน ITA รายปี (ita-scores.yaml)",
          file: `${root}ita-scores.yaml`,
          format: "ita-scores",
          fields: scoresFields(),
        },
      ],
    },
  ];
}

/** The configuration for `years` (newest first in the editor) saving to `backend`. */
export function editorConfig(years: number[], backend: EditorBackend): EditorConfig {
  // Paths are relative to the repository for GitHub, to the content folder for the local backend.
  const root = backend.kind === "github" ? `${backend.settings.contentFolder}/` : "";
  const newest = [...years].sort((a, b) => b - a);
  const collections = [
    ...newest.flatMap((year) => yearCollections(year, root)),
    ...agencyCollections(root),
  ];
  const keys = Object.fromEntries(
    Object.entries({
      "ita-measure": measureFields(newest[0] ?? 2568),
      "ita-report": reportFields(),
      "ita-agency": agencyFields(),
      "ita-scores": scoresFields(),
    }).map(([format, fields]) => [format, keysOf(fields).filter((key) => !(key in SECTIONS))]),
  ) as Record<FormatName, string[]>;
  return {
    decap: {
      load_config_file: false,
      locale: "th",
      backend: backendOf(backend),
      media_folder: `${root}${newest[0] ?? "media"}/evidence`,
      public_folder: "",
      slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
      collections,
    },
    sections: { ...SECTIONS },
    keys,
  };
}
