import type { Agency } from "../../content/schema/agency.ts";

/**
 * Where the agency is, as every page and PDF writes it under its name.
 * @example agencyPlace({ district: "ราษีไศล", province: "ศรีสะเกษ" }) // => "อำเภอราษีไศล จังหวัดศรีสะเกษ"
 */
export function agencyPlace(agency: Pick<Agency, "district" | "province">): string {
  return `อำเภอ${agency.district} จังหวัด${agency.province}`;
}

/**
 * The agency's name and place on one line, for leads, footers and the PDFs' subject.
 * @example agencyPlaceLine(agency) // => "เทศบาลตำบลเมืองคง อำเภอราษีไศล จังหวัดศรีสะเกษ"
 */
export function agencyPlaceLine(agency: Pick<Agency, "name" | "district" | "province">): string {
  return `${agency.name} ${agencyPlace(agency)}`;
}

/** What the pages say of the agency: the header, the footer, the covers. */
export interface AgencyView {
  name: string;
  place: string;
  placeLine: string;
  website?: string;
  siteUrl?: string;
  logoUrl?: string;
}

/** The agency as the templates show it; `logoUrl` when it has a logo. */
export function agencyView(agency: Agency, logoUrl: string | undefined): AgencyView {
  return {
    name: agency.name,
    place: agencyPlace(agency),
    placeLine: agencyPlaceLine(agency),
    website: agency.website,
    siteUrl: agency.siteUrl,
    logoUrl,
  };
}
