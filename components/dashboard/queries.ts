import "server-only";
import { cache } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getIndicatorFigures } from "@/lib/reports/indicators";
import { getInvestmentFigures } from "@/lib/reports/investment";
import type { MonthlyIndicator } from "@/lib/reports/indicators";
import { getCapitalByCountry, getCapitalByVsicSection, getMonthlyNewProjects, getPlanPace } from "@/lib/reports/trends";
import { getZoneFigures } from "@/lib/reports/zones";
import { findZones } from "@/lib/zones/find-zones";

// The dashboard's reads, deduplicated per request: several tiles show parts of one figure family
// (e.g. the FDI and DDI lines of getInvestmentFigures), and React's cache() makes them share one
// query. The key is the caller and the report date as yyyy-MM-dd (a Date is compared by identity).
// Each function is still exactly one lib/reports (or lib/zones) call; nothing is computed here.

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const investmentFigures = cache((user: CurrentUser, iso: string) => getInvestmentFigures(user, day(iso)));
export const indicatorFigures = cache((user: CurrentUser, iso: string) => getIndicatorFigures(user, day(iso)));
export const monthlyNewProjects = cache((user: CurrentUser, iso: string) => getMonthlyNewProjects(user, day(iso)));
export const planPace = cache((user: CurrentUser, iso: string, indicator: MonthlyIndicator) => getPlanPace(user, day(iso), { kind: "PROVINCE" }, indicator));
export const capitalByCountry = cache((user: CurrentUser, iso: string) => getCapitalByCountry(user, day(iso), { kind: "PROVINCE" }, { limit: 10 }));
export const capitalByVsic = cache((user: CurrentUser, iso: string) => getCapitalByVsicSection(user, day(iso)));
export const zoneFigures = cache((user: CurrentUser, iso: string) => {
  const asOf = day(iso);
  return getZoneFigures(user, { asOf, year: asOf.getUTCFullYear() });
});

/** Established zones with their occupancy on the report date, most occupied first (the list's own query, one page of 100). */
export const OCCUPANCY_CHART_LIMIT = 100;
export const establishedZoneOccupancy = cache((user: CurrentUser, iso: string) =>
  findZones(user, { status: ["ESTABLISHED", "OPERATING"], sort: "occupancy", dir: "desc", perPage: OCCUPANCY_CHART_LIMIT }, { asOf: day(iso) }),
);
