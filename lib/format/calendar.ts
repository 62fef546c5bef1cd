/**
 * Midnight UTC of a calendar day, or null if the day does not exist (31/02, 29/02 of a
 * non-leap year, month 13). Years 0-99 are taken literally, not as 19xx.
 */
export function utcCalendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : null;
}
