/**
 * The kinds of Thai local government (องค์กรปกครองส่วนท้องถิ่น), what each is called in full and
 * for short, and the title of its head. Most of Thailand's local agencies are อบต.; the special
 * ones, กรุงเทพมหานคร and เมืองพัทยา, are a kind and a name at once.
 */
export interface LocalGovernmentKind {
  /** The kind as it begins a full name: "องค์การบริหารส่วนตำบล" in "องค์การบริหารส่วนตำบลช่อระกา". */
  full: string;
  /** How clerks write it for short: "อบต.", "ทต.". */
  abbreviations: readonly string[];
  /** The head's title before the proper name: "นายกองค์การบริหารส่วนตำบล". */
  head: string;
  /** The chief official's title, which goes with any name of the kind: "ปลัดเทศบาล". */
  clerk: string;
  /** A kind that is also the whole name: กรุงเทพมหานคร, เมืองพัทยา. */
  special?: boolean;
}

export const KINDS: readonly LocalGovernmentKind[] = [
  {
    full: "องค์การบริหารส่วนตำบล",
    abbreviations: ["อบต.", "อ.บ.ต."],
    head: "นายกองค์การบริหารส่วนตำบล",
    clerk: "ปลัดองค์การบริหารส่วนตำบล",
  },
  {
    full: "องค์การบริหารส่วนจังหวัด",
    abbreviations: ["อบจ."],
    head: "นายกองค์การบริหารส่วนจังหวัด",
    clerk: "ปลัดองค์การบริหารส่วนจังหวัด",
  },
  { full: "เทศบาลตำบล", abbreviations: ["ทต."], head: "นายกเทศมนตรีตำบล", clerk: "ปลัดเทศบาล" },
  { full: "เทศบาลเมือง", abbreviations: ["ทม."], head: "นายกเทศมนตรีเมือง", clerk: "ปลัดเทศบาล" },
  { full: "เทศบาลนคร", abbreviations: ["ทน."], head: "นายกเทศมนตรีนคร", clerk: "ปลัดเทศบาล" },
  {
    full: "กรุงเทพมหานคร",
    abbreviations: ["กทม."],
    head: "ผู้ว่าราชการกรุงเทพมหานคร",
    clerk: "ปลัดกรุงเทพมหานคร",
    special: true,
  },
  {
    full: "เมืองพัทยา",
    abbreviations: [],
    head: "นายกเมืองพัทยา",
    clerk: "ปลัดเมืองพัทยา",
    special: true,
  },
];

/**
 * Every way a kind is written, in full or for short, to the kind in full ("อบต." →
 * "องค์การบริหารส่วนตำบล"). The special kinds are names, found by the name checks instead.
 */
export const LOCAL_GOVERNMENT_KINDS: Record<string, string> = Object.fromEntries(
  KINDS.filter((kind) => !kind.special).flatMap((kind) => [
    [kind.full, kind.full],
    ...kind.abbreviations.map((short) => [short, kind.full]),
  ]),
);

/** The kinds' full names a clerk may declare in agency.yaml's `kind:`. */
export const KIND_NAMES = KINDS.map((kind) => kind.full);

/** The kind a full name begins with, the longest first ("เทศบาลตำบล" is not "เทศบาล…"). */
export function kindOfName(name: string): LocalGovernmentKind | undefined {
  return [...KINDS]
    .sort((a, b) => b.full.length - a.full.length)
    .find((kind) => name.startsWith(kind.full));
}

/**
 * An agency's name split into its kind, written in full, and its own name.
 * @example splitAgencyName("เทศบาลตำบลเมืองคง") // => { kind: "เทศบาลตำบล", proper: "เมืองคง" }
 * @example splitAgencyName("กรุงเทพมหานคร") // => { kind: "กรุงเทพมหานคร", proper: "" }
 */
export function splitAgencyName(name: string): { kind: string; proper: string } {
  const kind = kindOfName(name);
  return kind
    ? { kind: kind.full, proper: name.slice(kind.full.length).trim() }
    : { kind: "", proper: name };
}

/** What the checks need to know about the agency in agency.yaml. */
export interface AgencyIdentity {
  name: string;
  kind?: string | undefined;
}

/** The agency's kind: declared in agency.yaml, or read from the start of its name. */
export function agencyKind(agency: AgencyIdentity): LocalGovernmentKind | undefined {
  return KINDS.find((kind) => kind.full === agency.kind) ?? kindOfName(agency.name);
}

/**
 * The title of the agency's head, as it is signed under the report.
 * @example headTitle({ name: "องค์การบริหารส่วนตำบลช่อระกา" }) // => "นายกองค์การบริหารส่วนตำบลช่อระกา"
 * @example headTitle({ name: "เทศบาลตำบลเมืองคง" }) // => "นายกเทศมนตรีตำบลเมืองคง"
 * @example headTitle({ name: "กรุงเทพมหานคร" }) // => "ผู้ว่าราชการกรุงเทพมหานคร"
 */
export function headTitle(agency: AgencyIdentity): string {
  const kind = agencyKind(agency);
  if (!kind) return `ผู้บริหาร${agency.name}`;
  if (kind.special) return kind.head;
  return `${kind.head}${splitAgencyName(agency.name).proper}`;
}
