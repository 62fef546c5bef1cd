import { Decimal } from "decimal.js";
import { parseDecimal } from "@/lib/format";
import { normalizeHeader, type Mapping } from "./columns";
import { MAX_CELL_CHARS } from "./limits";
import type { Cell, SheetRow } from "./read-sheet";
import type { RowIssue } from "./types";

// Spreadsheet cells → the strings a form would send, so that the forms' zod schemas judge them.

/** The cell a column reads from in this row ("" when unmapped or beyond the row's end). */
export function pick(row: SheetRow, mapping: Mapping, key: string): Cell {
  const index = mapping[key];
  return index === undefined ? "" : (row.cells[index] ?? "");
}

/** Numbers as exact text without exponent (1e21 → "1000000000000000000000"). */
export function asText(cell: Cell): string {
  return typeof cell === "number" ? new Decimal(cell).toFixed() : cell.trim();
}

/**
 * An amount as canonical text ("1234.5"), read for a schema told the locale is "en". A number cell
 * is exact already; typed text is read the Vietnamese way first ("1.234,5"), then the English way
 * ("1,234.5" or "1234.5"); text that reads neither way is passed on for the schema to refuse.
 */
export function asAmount(cell: Cell): string {
  if (typeof cell === "number") return asText(cell);
  const text = cell.trim();
  if (text === "") return "";
  const vi = parseDecimal(text, "vi");
  if (vi.ok) return vi.value;
  const en = parseDecimal(text, "en");
  return en.ok ? en.value : text;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number) => String(n).padStart(2, "0");

/** A date as dd/MM/yyyy: typed that way, as ISO yyyy-mm-dd, or an Excel day number. */
export function asDate(cell: Cell): string {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return String(cell);
    const d = new Date(EXCEL_EPOCH + cell * 86_400_000);
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  const text = cell.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(text);
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text;
}

/** An enum cell as its code: the code itself, or its vi or en label, in any case and accent. */
export function asEnum<T extends string>(cell: Cell, labels: Record<T, readonly string[]>): string {
  const text = asText(cell);
  return codesOf(labels).get(normalizeHeader(text)) ?? text;
}

// Normalised once per label table: a 10,000-row file asks for thousands of enum cells.
const CODES = new WeakMap<object, Map<string, string>>();

function codesOf(labels: Record<string, readonly string[]>): Map<string, string> {
  let codes = CODES.get(labels);
  if (!codes) {
    codes = new Map();
    for (const [code, names] of Object.entries(labels)) for (const n of [code, ...names]) if (!codes.has(normalizeHeader(n))) codes.set(normalizeHeader(n), code);
    CODES.set(labels, codes);
  }
  return codes;
}

const TRUE = ["co", "yes", "true", "1", "x"];
const FALSE = ["khong", "no", "false", "0"];

/** "Có"/"Không", "Yes"/"No", true/false, 1/0 → "true"/"false"; "" stays "" (the form's default). */
export function asBoolean(cell: Cell): string | null {
  const text = normalizeHeader(asText(cell));
  if (text === "") return "";
  if (TRUE.includes(text)) return "true";
  if (FALSE.includes(text)) return "false";
  return null;
}

/** Markup a browser would run or render; stored text never needs it, so the cell is refused. */
const MARKUP = /<\s*\/?\s*[a-z!][^<>]*>|<\s*(script|iframe|img|svg|object|embed|style|link|meta|body)\b|javascript\s*:/i;

/** Problems of any cell, before a schema: too long, or markup. */
export function cellIssues(row: SheetRow, mapping: Mapping): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [column, index] of Object.entries(mapping)) {
    const cell = row.cells[index];
    if (typeof cell !== "string") continue;
    if (cell.length > MAX_CELL_CHARS) issues.push({ column, key: "imports.errors.cellTooLong", values: { max: MAX_CELL_CHARS } });
    else if (MARKUP.test(cell)) issues.push({ column, key: "imports.errors.markup" });
  }
  return issues;
}
