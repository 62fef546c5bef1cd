import type { ColumnInfo } from "./types";

type FieldErrors = Record<string, { key: string }[]> | undefined;

/**
 * The headers, in the user's language, of the required columns that the preview refused as not
 * chosen (preview-import.ts checkMapping: one "columnMissing" error per column key), in the
 * mapping's order; empty when none. Pure: unit-tested.
 */
export function missingColumns(fieldErrors: FieldErrors, columns: ColumnInfo[], locale: "vi" | "en"): string[] {
  if (!fieldErrors) return [];
  return columns.filter((c) => fieldErrors[c.key]?.some((e) => e.key === "imports.errors.columnMissing")).map((c) => c[locale]);
}
