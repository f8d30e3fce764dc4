import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ClerkError } from "../clerk-error.ts";
import { toArabicDigits } from "../thai/numbers.ts";

/**
 * The year a clerk typed, in Arabic or Thai digits, as a Buddhist-era fiscal year; `example` is
 * the command as the fix shows it.
 */
export function fiscalYearArgument(
  value: string | undefined,
  command: string,
  example = `npm run ${command} -- 2569`,
): number {
  const digits = toArabicDigits((value ?? "").trim());
  const year = Number(digits);
  if (/^\d{4}$/.test(digits) && year >= 2500 && year <= 2700) return year;
  throw new ClerkError(
    `${value ? `"${value}" ไม่ใช่ปีงบประมาณ พ.ศ.` : "ยังไม่ได้ระบุปีงบประมาณ"}\n  วิธีแก้: พิมพ์ปี พ.ศ. ๔ หลักต่อท้ายคำสั่ง เช่น ${example}`,
  );
}

/** The arguments both commands take: the year, then (new-measure) a name; `--content`. */
export function yearCommand(args: string[], command: string) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      debug: { type: "boolean", default: false },
    },
  });
  return {
    year: fiscalYearArgument(positionals[0], command),
    name: positionals[1],
    contentDir: resolve(values.content),
  };
}
