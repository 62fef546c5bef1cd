import type { SortDir } from "@/lib/data-table/url";
import { calendarDate } from "./cells";
import type { FilterLine, Translator } from "./view";

// Filters and sort in words for the notes sheet, from the list's parsed parameters.

/** "yyyy-MM-dd" → "dd/mm/yyyy" (the parsers keep dates as ISO strings). */
export function isoToVi(iso: string): string {
  return calendarDate(new Date(`${iso}T00:00:00Z`));
}

/** "01/01/2025 – 31/12/2025", "≥ 01/01/2025", "≤ 31/12/2025", or null when neither end is set. */
export function rangeInWords(from: string | undefined, to: string | undefined): string | null {
  if (from && to) return `${isoToVi(from)} – ${isoToVi(to)}`;
  if (from) return `≥ ${isoToVi(from)}`;
  if (to) return `≤ ${isoToVi(to)}`;
  return null;
}

/** Keeps the lines that have a value. */
export function lines(...entries: [label: string, value: string | null | undefined][]): FilterLine[] {
  return entries.filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== "").map(([label, value]) => ({ label, value }));
}

export function sortLine(t: Translator, column: string, dir: SortDir): FilterLine {
  return { label: t("exports.notes.sort"), value: `${column} (${t(dir === "asc" ? "exports.notes.asc" : "exports.notes.desc")})` };
}
