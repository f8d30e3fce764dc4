import { agencyKind, headTitle } from "../thai/local-government.ts";
import type { ContentProblem } from "./errors.ts";
import { type Agency, FIELD_HELP } from "./schema.ts";

/**
 * Field examples in the agency's own words: an อบต. told to add its signer sees
 * "position: นายกองค์การบริหารส่วนตำบลช่อระกา", never a เทศบาล's title.
 * @example agencyExamples({ name: "เทศบาลตำบลเมืองคง", … })["signer.position"]
 * // => "position: นายกเทศมนตรีตำบลเมืองคง"
 */
export function agencyExamples(agency: Agency): Record<string, string> {
  const head = headTitle(agency);
  // A เทศบาล's office is "สำนักปลัดเทศบาล…"; an อบต. writes "สำนักปลัด" apart from its full name.
  const office = agencyKind(agency)?.full.startsWith("เทศบาล")
    ? `สำนักปลัด${agency.name}`
    : `สำนักปลัด ${agency.name}`;
  return {
    signer: `signer:\n    name: นายสมชาย ใจดี\n    position: ${head}`,
    "signer.position": `position: ${head}`,
    responsibleUnits: `responsibleUnits:\n    - ${office}`,
  };
}

/** Problems whose fix quotes a field's general example, with the agency's own example instead. */
export function withAgencyExamples(
  problems: ContentProblem[],
  agency: Agency | undefined,
): ContentProblem[] {
  if (!agency) return problems;
  const examples = agencyExamples(agency);
  return problems.map((problem) => {
    const field = problem.field?.replace(/\.\d+(?=\.|$)/g, "") ?? "";
    const general = FIELD_HELP[field]?.example;
    const own = examples[field];
    if (!general || !own || !problem.fix?.includes(general)) return problem;
    return { ...problem, fix: problem.fix.replace(general, own) };
  });
}
