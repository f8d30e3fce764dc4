/**
 * The ITA level of a total score, with the NACC's (สำนักงาน ป.ป.ช.) seven bands: AA 95.00–100,
 * A 85.00–94.99, B 75.00–84.99, C 65.00–74.99, D 55.00–64.99, E 50.00–54.99, F 0–49.99, and 85
 * as the pass mark. Source, quoting the NACC's criteria for ITA 2022 (FY2565): Office of SMEs
 * Promotion, Annual Report 2565, p. 80, "Assessment criteria is divided into 7 levels … 95.00 -
 * 100 AA; 85.00 - 94.99 A; … 0 - 49.99 F" (85 points or more to pass),
 * https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html
 * From FY2566 the NACC's announcements name the result "ผ่าน" (pass) at 85 and above, so pages
 * show the pass mark beside the level. Never typed by hand: always computed from the score.
 */
export const ITA_LEVELS = [
  { level: "AA", from: 95 },
  { level: "A", from: 85 },
  { level: "B", from: 75 },
  { level: "C", from: 65 },
  { level: "D", from: 55 },
  { level: "E", from: 50 },
  { level: "F", from: 0 },
] as const;

export type ItaLevel = (typeof ITA_LEVELS)[number]["level"];

/** The pass mark of the assessment. */
export const ITA_PASS = 85;

/**
 * The level of a total score out of 100; scores are published with two decimals.
 * @example itaLevel(94.99) // => "A"
 */
export function itaLevel(score: number): ItaLevel {
  if (!(score >= 0 && score <= 100)) throw new RangeError(`not an ITA score: ${score}`);
  return ITA_LEVELS.find((band) => score >= band.from)?.level ?? "F";
}

/**
 * Whether a total reaches the NACC's pass mark.
 * @example passes(85) // => true
 */
export const passes = (score: number) => score >= ITA_PASS;
