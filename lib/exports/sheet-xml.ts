// The <row> elements of the exported sheet, written as text. Pure: unit-tested without exceljs.
//
// Why not exceljs's own rows: its streaming writer builds a Row, a Cell, a value object and a
// model per cell and serialises them through an XML builder, about 35 kB of short-lived objects
// per 21-column row. At 100,000 rows that garbage outruns the collector and the server's memory
// rose by 80-150 MB during an export (issue 6 §4: peak server RSS ≤ 250 MB). The markup below is
// what exceljs writes for the same cells (strings as t="str", numbers and dates as <v>, the
// column's style as s), so the file reads back the same.

/** What one cell is written as: the same values as `xlsxCell` returns. */
export type XlsxValue = string | number | Date | null;

/** The pieces of a column that every row repeats: its letter and its style attribute. */
export type SheetColumn = { letter: string; style: string; dateStyle: string };

/** A, B, … Z, AA, AB, … for a zero-based column index. */
export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** ` s="N"` for a style id other than the default 0. */
export const styleAttribute = (id: number): string => (id > 0 ? ` s="${id}"` : "");

// Characters that XML 1.0 cannot carry (C0 controls but tab, LF, CR; DEL) are dropped, as exceljs
// drops them; the five markup characters are escaped.
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const ESCAPED = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text as XML character data. */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, (c) => ENTITIES[c] ?? "") : text;
}

/** Days since 1899-12-30 (Excel's 1900 date system), as exceljs counts them. */
export function excelSerial(date: Date): number {
  return 25569 + date.getTime() / 86_400_000;
}

/**
 * One row as XML. A null cell keeps its column's style (as exceljs writes it), a number or a date
 * is a <v> under the column's style (a date in a column that is not a date column gets the date
 * style), a string is a t="str" cell. A number that is not finite has no spreadsheet form and is
 * written empty.
 */
export function rowXml(rowNumber: number, values: readonly XlsxValue[], columns: readonly SheetColumn[]): string {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (!column) continue;
    const ref = `${column.letter}${rowNumber}`;
    const value = values[i] ?? null;
    if (typeof value === "string") xml += `<c r="${ref}" t="str"><v>${xmlText(value)}</v></c>`;
    else if (typeof value === "number" && Number.isFinite(value)) xml += `<c r="${ref}"${column.style}><v>${value}</v></c>`;
    else if (value instanceof Date) xml += `<c r="${ref}"${column.dateStyle}><v>${excelSerial(value)}</v></c>`;
    else if (column.style) xml += `<c r="${ref}"${column.style}/>`;
  }
  return `${xml}</row>`;
}
