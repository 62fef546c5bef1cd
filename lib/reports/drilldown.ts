// The drill-down links of the dashboard's cards: each opens the projects list (/projects) filtered
// to EXACTLY the records that make up the card, so that the list's total equals the card. The
// filters are the list's own (lib/projects/list-params.ts), and the cards count with the very
// same SQL clauses (projectConditions / validAsOfSql in lib/projects/find-projects.ts); the
// golden test (golden.test.ts) proves findProjects(parseProjectListParams(link)).count = card.
//
// The zone cards link to the zones list (/zones) the same way (zoneCardLinks; its filters are
// lib/zones/list-params.ts's).
//
// Pure: builds URLs from a report date and a scope, reads nothing, so it needs no caller.
import type { InvestmentType, ProjectStatus, ZoneKind } from "@/lib/generated/prisma/enums";
import type { ProjectFilters } from "@/lib/projects/list-params";
import { isoDay, reportPeriod, samePeriodLastYear, scopeZoneFilter, type ReportPeriod, type ReportScope } from "./period";

export const PROJECT_LIST_PATH = "/projects";

/** The filters a drill-down may set (the list's own names), in the order they are written. */
const ORDER = [
  "type",
  "status",
  "zone",
  "secondary",
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
  // Commas separate list values (status=ACTIVE,EXTENDED); kept readable, as the list writes them.
  const query = params.toString().replace(/%2C/gi, ",");
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

/** The project statuses of an active secondary project (lib/reports/zones.ts LEASING_PROJECT_STATUSES). */
export const ACTIVE_STATUSES: ProjectStatus[] = ["ACTIVE", "EXTENDED"];

/**
 * The filters of the CCN card's secondary projects: active (ACTIVE or EXTENDED) secondary projects
 * inside any industrial cluster, first issued by `asOf` when given. zones.ts counts with these very
 * filters (projectConditions), so the list's total equals the card.
 */
export function ccnSecondaryFilters(asOf: Date | null, type?: InvestmentType, zone: "CCN" | "any" = "CCN"): DrilldownFilters {
  // zone "any": the same projects inside any zone (zones.ts groups them by zone itself).
  return { type, status: ACTIVE_STATUSES, zone: zone === "CCN" ? "CCN" : undefined, secondary: "yes", ircTo: asOf ? isoDay(asOf) : undefined };
}

/** The lists behind the CCN card's secondary projects: FDI, DDI, and all of them (the jobs line). */
export function ccnSecondaryLinks(asOf: Date | null): { FDI: string; DDI: string; all: string } {
  return {
    FDI: projectListHref(ccnSecondaryFilters(asOf, "FDI")),
    DDI: projectListHref(ccnSecondaryFilters(asOf, "DDI")),
    all: projectListHref(ccnSecondaryFilters(asOf)),
  };
}

export const ZONE_LIST_PATH = "/zones";

/** `/zones?kind=CCN&status=ESTABLISHED,OPERATING`: the zones list URL (lib/zones/list-params.ts's format). */
export function zoneListHref(kind: ZoneKind, filters: Record<string, string> = {}): string {
  const params = new URLSearchParams({ kind, ...filters });
  return `${ZONE_LIST_PATH}?${params.toString().replace(/%2C/gi, ",")}`;
}

/** One link per count of a zone card (zones.ts ZoneKindFigures); "established" is ESTABLISHED or OPERATING there too. */
export type ZoneCardLinks = {
  inPlan: string;
  established: string;
  operating: string;
  basicallyComplete: string;
  prioritised: string;
  prioritisedWithApprovedPlan: string;
};

/** The zone card's links for the zones of `kind`, with `year` the year whose priority periods the card counts. */
export function zoneCardLinks(kind: ZoneKind, year: number): ZoneCardLinks {
  const prioritisedIn = String(year);
  return {
    inPlan: zoneListHref(kind, { inPlan: "yes" }),
    established: zoneListHref(kind, { status: "ESTABLISHED,OPERATING" }),
    operating: zoneListHref(kind, { status: "OPERATING" }),
    basicallyComplete: zoneListHref(kind, { infra: "BASICALLY_COMPLETE" }),
    prioritised: zoneListHref(kind, { prioritisedIn }),
    prioritisedWithApprovedPlan: zoneListHref(kind, { prioritisedIn, planApproved: "yes" }),
  };
}
