import { utcCalendarDate } from "./calendar";

export type ParseDateResult = { ok: true; value: Date } | { ok: false; reason: "invalid" };

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/([1-9]\d{3})$/;

/**
 * Reads a date typed as "dd/MM/yyyy" (day first, as in Vietnam; "5/3/2026" is also accepted)
 * into midnight UTC of that calendar day, ready for a PostgreSQL DATE column. Never throws.
 * Refused: impossible days (31/02/2026, 29/02/2025), month 13 ("5/13/2026"), ISO "2026-01-05",
 * two-digit years, anything else.
 */
export function parseDateVi(input: string): ParseDateResult {
  const match = DAY_MONTH_YEAR.exec(input.trim());
  if (!match) return { ok: false, reason: "invalid" };
  const [day, month, year] = match.slice(1, 4).map(Number);
  if (day === undefined || month === undefined || year === undefined) return { ok: false, reason: "invalid" };
  const value = utcCalendarDate(year, month, day);
  return value === null ? { ok: false, reason: "invalid" } : { ok: true, value };
}
