/**
 * The kinds of Thai local government, written out in full, and the abbreviations clerks use for
 * them ("อบต. หนองบัวดง" is องค์การบริหารส่วนตำบลหนองบัวดง).
 */
export const LOCAL_GOVERNMENT_KINDS: Record<string, string> = {
  องค์การบริหารส่วนตำบล: "องค์การบริหารส่วนตำบล",
  องค์การบริหารส่วนจังหวัด: "องค์การบริหารส่วนจังหวัด",
  เทศบาลตำบล: "เทศบาลตำบล",
  เทศบาลเมือง: "เทศบาลเมือง",
  เทศบาลนคร: "เทศบาลนคร",
  "อ.บ.ต.": "องค์การบริหารส่วนตำบล",
  "อบต.": "องค์การบริหารส่วนตำบล",
  "อบจ.": "องค์การบริหารส่วนจังหวัด",
  "ทต.": "เทศบาลตำบล",
  "ทม.": "เทศบาลเมือง",
  "ทน.": "เทศบาลนคร",
};

/**
 * An agency's name split into its kind, written in full, and its own name.
 * @example splitAgencyName("เทศบาลตำบลเมืองคง") // => { kind: "เทศบาลตำบล", proper: "เมืองคง" }
 */
export function splitAgencyName(name: string): { kind: string; proper: string } {
  const kind = Object.keys(LOCAL_GOVERNMENT_KINDS)
    .filter((full) => !full.endsWith(".") && name.startsWith(full))
    .sort((a, b) => b.length - a.length)[0];
  return kind ? { kind, proper: name.slice(kind.length).trim() } : { kind: "", proper: name };
}
