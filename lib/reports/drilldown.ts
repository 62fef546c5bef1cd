// The drill-down links of the dashboard's cards: each opens the projects list (/projects) filtered
// to EXACTLY the records that make up the card, so that the list's total equals the card. The
// filters are the list's own (lib/projects/list-params.ts), and the cards count with the very
// same SQL clauses (projectConditions / validAsOfSql in lib/projects/find-projects.ts); the
// golden test (golden.test.ts) proves findProjects(parseProjectListParams(link)).count = card.
//
// Pure: builds URLs from a report date and a scope, reads nothing, so it needs no caller.
import type { InvestmentType } from "@/lib/generated/prisma/enums";
import type { ProjectFilters } from "@/lib/projects/list-params";
import { isoDay, reportPeriod, samePeriodLastYear, scopeZoneFilter, type ReportPeriod, type ReportScope } from "./period";

export const PROJECT_LIST_PATH = "/projects";

/** The filters a drill-down may set (the list's own names), in the order they are written. */
const ORDER = [
  "type",
  "zone",
  "country",
  "vsic",
  "ircFrom",
  "ircTo",
  "increasedFrom",
  "increasedTo",
  "decreasedFrom",
  "decreasedTo",
  "newOrIncreasedFrom",
  "newOrIncreasedTo",
  "validAsOf",
] as const satisfies readonly (keyof ProjectFilters)[];

export type DrilldownFilters = Pick<ProjectFilters, (typeof ORDER)[number]>;

/** `/projects?type=FDI&ircFrom=2026-01-01&ircTo=2026-06-15`: the list URL of `filters` (archived excluded, the list's default). */
export function projectListHref(filters: DrilldownFilters): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = filters[key];
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${PROJECT_LIST_PATH}?${query}` : PROJECT_LIST_PATH;
}

export type ByType = { FDI: string; DDI: string };

/** One link per investment card of one period (investment.ts, InvestmentPeriodFigures). */
export type InvestmentPeriodLinks = {
  newProjects: ByType;
  increases: ByType;
  decreases: ByType;
  /** The projects behind "new + added capital": new in the period or increased in it. */
  newAndAdded: string;
  /** Valid on the period's last day. */
  valid: ByType;
};

export type InvestmentLinks = { current: InvestmentPeriodLinks; previous: InvestmentPeriodLinks };

/** The scope's and period's common filters. */
function base(scope: ReportScope): DrilldownFilters {
  const zone = scopeZoneFilter(scope);
  return zone === undefined ? {} : { zone };
}

export function periodRange(period: ReportPeriod): { from: string; to: string } {
  return { from: isoDay(period.from), to: isoDay(period.to) };
}

export function investmentPeriodLinks(period: ReportPeriod, scope: ReportScope): InvestmentPeriodLinks {
  const { from, to } = periodRange(period);
  const of = (type: InvestmentType, filters: DrilldownFilters) => projectListHref({ type, ...base(scope), ...filters });
  const byType = (filters: DrilldownFilters): ByType => ({ FDI: of("FDI", filters), DDI: of("DDI", filters) });
  return {
    newProjects: byType({ ircFrom: from, ircTo: to }),
    increases: byType({ increasedFrom: from, increasedTo: to }),
    decreases: byType({ decreasedFrom: from, decreasedTo: to }),
    newAndAdded: projectListHref({ ...base(scope), newOrIncreasedFrom: from, newOrIncreasedTo: to }),
    valid: byType({ validAsOf: to }),
  };
}

/** The links of every investment card for report date D, this period and the same period last year. */
export function investmentLinks(reportDate: Date, scope: ReportScope): InvestmentLinks {
  return {
    current: investmentPeriodLinks(reportPeriod(reportDate), scope),
    previous: investmentPeriodLinks(samePeriodLastYear(reportDate), scope),
  };
}

/** The projects behind one slice of "new + added capital" (a country or a VSIC section) in a period. */
export function newAndAddedSliceHref(period: ReportPeriod, scope: ReportScope, slice: { country?: string; vsic?: string; type?: InvestmentType }): string {
  const { from, to } = periodRange(period);
  return projectListHref({ ...slice, ...base(scope), newOrIncreasedFrom: from, newOrIncreasedTo: to });
}

/** The projects first issued in one month of a year (up to `until` when the month is cut by the report date). */
export function newInMonthHref(year: number, month: number, scope: ReportScope, until?: Date): string {
  const from = new Date(Date.UTC(year, month - 1, 1));
  const end = new Date(Date.UTC(year, month, 0));
  const to = until && until < end ? until : end;
  return projectListHref({ ...base(scope), ircFrom: isoDay(from), ircTo: isoDay(to) });
}
