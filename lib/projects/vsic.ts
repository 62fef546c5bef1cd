// VSIC 2018 (Decision 27/2018/QĐ-TTg): the 2-digit division of a code decides its section A–U.
// Divisions follow ISIC Rev.4; the gaps (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89) do not exist.

const SECTION_RANGES: readonly (readonly [section: string, from: number, to: number])[] = [
  ["A", 1, 3],
  ["B", 5, 9],
  ["C", 10, 33],
  ["D", 35, 35],
  ["E", 36, 39],
  ["F", 41, 43],
  ["G", 45, 47],
  ["H", 49, 53],
  ["I", 55, 56],
  ["J", 58, 63],
  ["K", 64, 66],
  ["L", 68, 68],
  ["M", 69, 75],
  ["N", 77, 82],
  ["O", 84, 84],
  ["P", 85, 85],
  ["Q", 86, 88],
  ["R", 90, 93],
  ["S", 94, 96],
  ["T", 97, 98],
  ["U", 99, 99],
];

export const VSIC_SECTIONS = SECTION_RANGES.map(([section]) => section);

/** The section of a 2-digit division (26 → "C"), or null for a division VSIC 2018 does not have. */
export function sectionOfDivision(division: number): string | null {
  for (const [section, from, to] of SECTION_RANGES) if (division >= from && division <= to) return section;
  return null;
}

export type VsicResult =
  | { ok: true; code: string; section: string }
  | { ok: false; reason: "format" | "unknownDivision" | "sectionMismatch" };

const VSIC_PATTERN = /^([A-Za-z])?\s*(\d{4,5})$/;

/**
 * Reads a VSIC class (4 digits) or sub-class (5 digits), with or without its section letter:
 * "C2610", "2610", "26100", "c 2610". The stored code is canonical: the section letter, then the
 * digits ("C2610"). A letter that is not the division's section is refused, never corrected.
 */
export function parseVsic(input: string): VsicResult {
  const match = VSIC_PATTERN.exec(input.trim());
  if (!match) return { ok: false, reason: "format" };
  const [, letter, digits = ""] = match;
  const section = sectionOfDivision(Number(digits.slice(0, 2)));
  if (section === null) return { ok: false, reason: "unknownDivision" };
  if (letter !== undefined && letter.toUpperCase() !== section) return { ok: false, reason: "sectionMismatch" };
  return { ok: true, code: `${section}${digits}`, section };
}
