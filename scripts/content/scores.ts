import { join } from "node:path";
import { z } from "zod";
import { type ItaLevel, itaLevel } from "../thai/ita-level.ts";
import { checkText } from "./checks/index.ts";
import { probe } from "./entries.ts";
import type { AgencyRef } from "./load-measures.ts";
import type { Problems } from "./problems.ts";
import { acceptSchema } from "./schema.ts";
import { readYamlFile } from "./source-file.ts";
import { validate } from "./validate.ts";

/**
 * `content/ita-scores.yaml`: the agency's ITA results, one entry per fiscal year, as the NACC
 * publishes them. Only what is known is written; the level is computed, never typed.
 */
export const SCORES_FILE = "ita-scores.yaml";

const score = z
  .number()
  .min(0)
  .max(100)
  // 78.40 × 100 is 7840.000000000001 in floating point: compare with a tolerance.
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: "คะแนนมีทศนิยมได้ไม่เกินสองตำแหน่ง ตามที่ ป.ป.ช. ประกาศ",
  });

const yearEntry = z.strictObject({
  year: z.number().int().min(2557).max(2700),
  total: score.optional(),
  iit: score.optional(),
  eit: score.optional(),
  oit: score.optional(),
  /** EIT in parts where the NACC reports them (ส่วนที่ ๑, ส่วนที่ ๒). */
  eitParts: z.array(score).min(1).max(3).optional(),
  /** Where the figures come from, e.g. the ITAS results page or a report. */
  source: z.string().trim().min(1).optional(),
});

export const scoresSchema = z.strictObject({
  scores: z
    .array(yearEntry)
    .min(1)
    .superRefine((entries, ctx) => {
      entries.forEach((entry, index) => {
        if (entries.findIndex((other) => other.year === entry.year) !== index) {
          ctx.addIssue({
            code: "custom",
            path: [index, "year"],
            message: `ปี ${entry.year} มีซ้ำสองรายการ`,
            params: { fix: "รวมคะแนนของปีเดียวกันไว้ในรายการเดียว" },
          });
        }
        const { year: _year, source: _source, ...figures } = entry;
        if (Object.keys(figures).length === 0) {
          ctx.addIssue({
            code: "custom",
            path: [index],
            message: `ปี ${entry.year} ยังไม่มีคะแนนใดเลย`,
            params: { fix: "ใส่อย่างน้อยหนึ่งช่อง เช่น total: 88.50 หรือลบรายการนี้ออก" },
          });
        }
      });
    }),
  accept: acceptSchema,
});

/** One fiscal year's results, with the level of its total when the total is known. */
export interface ScoreYear extends z.output<typeof yearEntry> {
  level?: ItaLevel;
}

/** Reads the scores, if the file is there; its problems go with all the others. */
export async function loadScores(
  contentDir: string,
  problems: Problems,
  agency: AgencyRef,
): Promise<ScoreYear[]> {
  const path = join(contentDir, SCORES_FILE);
  const kind = await probe(path);
  if (kind === "missing") return [];
  const source = typeof kind === "object" ? kind : await readYamlFile(path);
  if ("code" in source) {
    problems.add(source);
    return [];
  }
  problems.accept(source);
  problems.add(...checkText(source, agency));
  const checked = validate(scoresSchema, source);
  if ("problems" in checked) {
    problems.add(...checked.problems);
    return [];
  }
  return checked.value.scores
    .map((entry) => ({
      ...entry,
      ...(entry.total === undefined ? {} : { level: itaLevel(entry.total) }),
    }))
    .sort((a, b) => a.year - b.year);
}
