import { utcCalendarDate } from "./calendar";
import { DEFAULT_LOCALE, MISSING, intlTag, type Locale } from "./locale";

/** Where audit timestamps are read: Vietnam, UTC+7. */
export const APP_TIME_ZONE = "Asia/Ho_Chi_Minh";

export type DateInput = Date | string;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a Date or an ISO 8601 string. "2026-03-05" is that calendar day at midnight UTC
 * (like a PostgreSQL DATE through Prisma); a date-time without an offset is read as UTC,
 * whatever the server's time zone. Anything else, or an impossible date, gives null.
 */
export function toDate(value: DateInput | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const text = value.trim();
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = dateOnly ? null : DATE_TIME.exec(text);
  const match = dateOnly ?? dateTime;
  if (!match) return null;
  const [year, month, day] = match.slice(1, 4).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  if (utcCalendarDate(year, month, day) === null) return null;
  const withoutOffset = dateTime !== null && dateTime[4] === undefined;
  const date = new Date(withoutOffset ? `${text}Z` : text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(date: Date, locale: Locale, timeZone: string, withTime: boolean): Map<string, string> {
  const key = `${locale}|${timeZone}|${withTime}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTag(locale), {
      timeZone,
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    });
    formatters.set(key, formatter);
  }
  return new Map(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

function dayMonthYear(fields: Map<string, string>): string {
  const year = (fields.get("year") ?? "").padStart(4, "0");
  return `${fields.get("day") ?? ""}/${fields.get("month") ?? ""}/${year}`;
}

/**
 * A calendar date, "dd/MM/yyyy" in both languages ("05/03/2026"). It is read in UTC, so a
 * PostgreSQL DATE (midnight UTC) shows its own day on any server. null/invalid → "—".
 */
export function formatDate(value: DateInput | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (date === null) return MISSING;
  return dayMonthYear(parts(date, locale, "UTC", false));
}

/** An instant (audit timestamp), "dd/MM/yyyy HH:mm" in Vietnam time (Asia/Ho_Chi_Minh). null/invalid → "—". */
export function formatDateTime(value: DateInput | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  const date = toDate(value);
  if (date === null) return MISSING;
  const fields = parts(date, locale, APP_TIME_ZONE, true);
  return `${dayMonthYear(fields)} ${fields.get("hour") ?? ""}:${fields.get("minute") ?? ""}`;
}
