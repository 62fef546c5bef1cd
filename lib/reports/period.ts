// The report period, the same period last year (cùng kỳ), "the last month reported", and the
// scope of a report. Pure functions, no database: the figures (investment.ts, indicators.ts,
// trends.ts) and the drill-down links (drilldown.ts) all take their dates from here, so that a
// card and its list can never disagree on a boundary.
//
// Decisions (docs/domain.md, "How the figures are computed"):
// - A report date D is a calendar date held as midnight UTC (as the DATE columns and lib/format).
// - The PERIOD of D runs from 1 January of D's year to D, both days included.
// - The SAME PERIOD LAST YEAR (cùng kỳ) runs from 1 January Y−1 to the same day and month in
//   Y−1, both included; 29 February becomes 28 February.
// - THE LAST MONTH REPORTED by D, for monthly actuals of year Y, is the latest month m ≤ month(D)
//   that has an actual (estimate or final). Months after month(D) never count, even if a value
//   was typed in advance. A month up to it without an actual is MISSING: it adds nothing, it is
//   listed as missing, and it is never taken as zero. Actuals carry no entry date, so a report
//   date in the past sees today's values for its months.
import type { ScopeKind } from "@/lib/generated/prisma/enums";

export type ReportPeriod = {
  year: number;
  /** 1 January of `year`, midnight UTC. */
  from: Date;
  /** The last day included, midnight UTC. */
  to: Date;
};

/** Where a report looks: the whole province, all KCN, all CCN, or one zone (PlanTarget's scopes). */
export type ReportScope = { kind: Exclude<ScopeKind, "ZONE"> } | { kind: "ZONE"; zoneId: number };

export const PROVINCE: ReportScope = { kind: "PROVINCE" };

/** PlanTarget.scopeKey / IndicatorActual.scopeKey of a scope: "PROVINCE", "ALL_KCN", "ALL_CCN" or "ZONE:<id>". */
export function scopeKey(scope: ReportScope): string {
  return scope.kind === "ZONE" ? `ZONE:${scope.zoneId}` : scope.kind;
}

/** The projects-list `zone` filter that selects a scope's projects (undefined: every project). */
export function scopeZoneFilter(scope: ReportScope): "KCN" | "CCN" | number | undefined {
  switch (scope.kind) {
    case "PROVINCE":
      return undefined;
    case "ALL_KCN":
      return "KCN";
    case "ALL_CCN":
      return "CCN";
    case "ZONE":
      return scope.zoneId;
  }
}

/** Midnight UTC of a calendar day (the day must exist). */
export function calendarDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** The calendar date of D alone (its time of day dropped, read in UTC). */
export function asCalendarDate(date: Date): Date {
  return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** yyyy-MM-dd of a calendar date held as midnight UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** 1 January of D's year … D. */
export function reportPeriod(reportDate: Date): ReportPeriod {
  const to = asCalendarDate(reportDate);
  const year = to.getUTCFullYear();
  return { year, from: calendarDay(year, 1, 1), to };
}

/** The same day and month one year earlier; 29 February → 28 February. */
export function sameDayLastYear(reportDate: Date): Date {
  const d = asCalendarDate(reportDate);
  const year = d.getUTCFullYear() - 1;
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const lastDayOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return calendarDay(year, month, Math.min(day, lastDayOfMonth));
}

/** Cùng kỳ: 1 January Y−1 … the same day-month in Y−1 (29 Feb → 28 Feb). */
export function samePeriodLastYear(reportDate: Date): ReportPeriod {
  return reportPeriod(sameDayLastYear(reportDate));
}

/** 1..12 */
export function monthOf(date: Date): number {
  return date.getUTCMonth() + 1;
}

/**
 * The last month reported by D: the latest month ≤ month(D) among `monthsWithActual` (months of
 * D's year that have an actual), or null when none has.
 */
export function lastMonthReported(monthsWithActual: Iterable<number>, reportDate: Date): number | null {
  const limit = monthOf(reportDate);
  let last: number | null = null;
  for (const m of monthsWithActual) if (m >= 1 && m <= limit && (last === null || m > last)) last = m;
  return last;
}

/** Months 1..last that have no actual, in order. */
export function missingMonths(monthsWithActual: Iterable<number>, last: number | null): number[] {
  if (last === null) return [];
  const have = new Set(monthsWithActual);
  return Array.from({ length: last }, (_, i) => i + 1).filter((m) => !have.has(m));
}
