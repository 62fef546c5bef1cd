// Calendar dates are whole UTC days (days since 1970-01-01): DATE columns carry no time zone,
// and integers add, compare and sort without the surprises of Date objects.
export type Day = number;

const DAY_MS = 86_400_000;
// The board works in Vietnam time (UTC+7, no daylight saving).
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function day(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

export function parseDay(iso: string): Day {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Expected a date as YYYY-MM-DD, got "${iso}"`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const result = day(y, m, d);
  if (isoDay(result) !== iso) throw new Error(`Not a calendar date: "${iso}"`);
  return result;
}

export function isoDay(d: Day): string {
  return new Date(d * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date in Vietnam, which is what "this year" and "last month" mean to the board. */
export function todayInVietnam(now: Date = new Date()): Day {
  return Math.floor((now.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
}

export function yearOf(d: Day): number {
  return new Date(d * DAY_MS).getUTCFullYear();
}

export function monthOf(d: Day): number {
  return new Date(d * DAY_MS).getUTCMonth() + 1;
}

export function lastDayOfMonth(year: number, month: number): Day {
  return day(year, month + 1, 1) - 1;
}

/** 09:00 in Vietnam on that day, as a UTC timestamp without zone (Prisma stores DateTime in UTC). */
export function stamp(d: Day): string {
  return `${isoDay(d)}T02:00:00.000`;
}

/** Quarter-end dates (31/3, 30/6, 30/9, 31/12) in [from, to]. */
export function quarterEnds(from: Day, to: Day): Day[] {
  const result: Day[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) {
    for (const m of [3, 6, 9, 12]) {
      const end = lastDayOfMonth(y, m);
      if (end >= from && end <= to) result.push(end);
    }
  }
  return result;
}
