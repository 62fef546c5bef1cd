import type { SheetColumn } from "@/lib/spreadsheet/project-columns";

/** A column key → the index of the file's header it reads from. */
export type Mapping = Record<string, number>;

/** Lower case, no accents (đ → d), punctuation and spaces folded: "Mã KCN/CCN" → "ma kcn ccn". */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Guesses which header each column reads from: its vi or en header, or its key, in any case and accent. */
export function guessMapping(columns: readonly SheetColumn[], headers: string[]): Mapping {
  const normalized = headers.map(normalizeHeader);
  const mapping: Mapping = {};
  for (const column of columns) {
    if (column.readOnly) continue;
    const names = [column.vi, column.en, column.key].map(normalizeHeader);
    const index = normalized.findIndex((h) => h !== "" && names.includes(h));
    if (index >= 0) mapping[column.key] = index;
  }
  return mapping;
}
