// The cells of an exported table, as typed values, and how each kind is written to CSV. Pure:
// unit-tested without a database. The XLSX writer writes the same values as real numbers and
// dates (sink-xlsx.ts).
//
// CSV conventions (chosen for Excel with Vietnamese regional settings, where the decimal mark is a
// comma and the list separator a semicolon):
//   - delimiter ";", UTF-8 with a BOM, CRLF line ends;
//   - decimals with a comma as the decimal mark and no grouping ("1967,5"; "-2500000000");
//   - percentages as the ratio × 100 with a "%" sign ("75,6%"), which Excel reads as 0,756;
//   - dates dd/mm/yyyy;
//   - a text cell that starts with = + - @ tab or CR is prefixed with ' so that no spreadsheet
//     runs it as a formula. Numeric cells are written by us from exact decimals and never carry
//     a formula, so a negative amount stays a number.
import Decimal from "decimal.js";

export type CellKind = "text" | "date" | "decimal" | "integer" | "percent";

export type ExportColumn = {
  header: string;
  kind: CellKind;
  /** Width in characters. */
  width: number;
  /** Excel number format for numeric kinds (e.g. "#,##0.00"); a sensible one per kind otherwise. */
  numFmt?: string;
};

/** text: string; date: a calendar date at midnight UTC; decimal/percent: an exact decimal string (percent: a ratio); integer: number. */
export type Cell = string | number | Date | null;

export const DEFAULT_NUM_FMT: Record<Exclude<CellKind, "text">, string> = {
  date: "dd/mm/yyyy",
  decimal: "#,##0.####",
  integer: "#,##0",
  percent: "0.0%",
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** dd/mm/yyyy of a calendar date held at midnight UTC. */
export function calendarDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, "0");
  const mm = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** An exact decimal with a comma as the decimal mark, no grouping, no exponent. */
function commaDecimal(value: Decimal.Value): string {
  return new Decimal(value).toFixed().replace(".", ",");
}

/** One cell as CSV text, by its column's kind. */
export function csvCell(kind: CellKind, value: Cell): string {
  if (value === null) return "";
  switch (kind) {
    case "date":
      return value instanceof Date ? calendarDate(value) : neutralizeFormula(String(value));
    case "decimal":
    case "integer":
      return typeof value === "number" || typeof value === "string" ? commaDecimal(value) : "";
    case "percent":
      return typeof value === "number" || typeof value === "string" ? `${commaDecimal(new Decimal(value).times(100))}%` : "";
    case "text":
      return neutralizeFormula(value instanceof Date ? calendarDate(value) : String(value));
  }
}

/**
 * One cell as an XLSX value: decimals become numbers (a spreadsheet cell is an IEEE double; the
 * amounts here have at most 15 significant digits, so they are shown exactly), dates stay dates.
 * Text is stored as a string cell, which Excel never evaluates, so it needs no apostrophe.
 */
export function xlsxCell(kind: CellKind, value: Cell): string | number | Date | null {
  if (value === null) return null;
  if (kind === "decimal" || kind === "percent" || kind === "integer") return typeof value === "string" ? Number(value) : value;
  return value;
}
