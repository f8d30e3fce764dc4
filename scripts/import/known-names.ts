/**
 * A PDF breaks lines inside words, and its text keeps each break as a space: "เทศบาลตำบลเมือง คง".
 * Where the letters between spaces spell one of the agency's own names exactly (from
 * agency.yaml), the spaces are taken out. Other spaces stay: in Thai a space is also a real
 * pause, and a dictionary cannot tell the two apart (see docs/clerk-handbook.md).
 */

const escapeLetter = (letter: string) => letter.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern for `name` with any single spaces between its letters. */
function spacedPattern(name: string): RegExp {
  const letters = [...name.replace(/\s+/g, "")].map(escapeLetter);
  return new RegExp(letters.join(" ?"), "g");
}

/**
 * Text with each of `names` written whole where only spaces split it.
 * @example joinKnownNames("ปลัดเทศบาล ตำบลเมือง คง", ["เทศบาลตำบลเมืองคง"]) // => "ปลัดเทศบาลตำบลเมืองคง"
 */
export function joinKnownNames(text: string, names: string[]): string {
  return names
    .filter((name) => name.replace(/\s+/g, "").length >= 4)
    .reduce((result, name) => result.replace(spacedPattern(name), name.replace(/\s+/g, "")), text);
}
