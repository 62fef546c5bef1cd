// The plan indicators for a report date D: production value (VND), export value (USD) and jobs
// from the monthly actuals, and new projects and new + added capital (converted USD) from the
// project records (investment.ts), each against its annual target (PlanTarget, year Y, scope).
// docs/domain.md "How the figures are computed"; checked by golden.test.ts.
//
// Decisions (see period.ts for "the last month reported"):
// - YTD = Σ the monthly actuals of year Y, months 1 … the last month reported by D (the latest
//   month ≤ month(D) with an actual). A month up to it without an actual is listed in
//   `missingMonths` and adds nothing; it is never a zero. Nothing reported: ytd null ("—").
// - CÙNG KỲ = Σ the actuals of Y−1 for the SAME months that were summed in Y (a month missing in
//   Y is left out of both, so the comparison is like for like); months of them missing in Y−1 are
//   listed, and with none at all the previous value is null.
// - % OF PLAN = YTD ÷ the annual target × 100, 2 decimals; null without a target (or a 0 target).
// - YEAR-END PROJECTION (a projection, labelled so): YTD ÷ the number of months reported (those
//   with an actual) × 12, 2 decimals; the plan will be met when it is ≥ the target.
// - `hasEstimate`: at least one summed month is an estimate (ước), not yet final.
// Sums are SQL NUMERIC; ratios and the projection use exact decimals (decimal.js).
import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Dec } from "@/lib/format/decimal";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Indicator } from "@/lib/generated/prisma/enums";
import type { RateUsed } from "@/lib/rates/convert";
import { getInvestmentFigures, percentChange, percentOf } from "./investment";
import { lastMonthReported, missingMonths, monthOf, reportPeriod, scopeKey, type ReportScope } from "./period";

export const MONTHLY_INDICATORS = ["INDUSTRIAL_PRODUCTION_VALUE", "EXPORT_VALUE", "JOBS"] as const satisfies readonly Indicator[];
export type MonthlyIndicator = (typeof MONTHLY_INDICATORS)[number];

// One word per unit across plans, actuals and reports: the plan targets' own table.
import { INDICATOR_UNITS } from "@/lib/plans/schemas";
export { INDICATOR_UNITS };

export type YearEndProjection = {
  /** YTD ÷ monthsReported × 12, exact decimal string (2 decimals). A projection, not a figure. */
  value: string;
  monthsReported: number;
  /** projection ≥ target; null without a target. */
  willMeetPlan: boolean | null;
};

export type MonthlyIndicatorFigure = {
  indicator: MonthlyIndicator;
  unit: (typeof INDICATOR_UNITS)[MonthlyIndicator];
  year: number;
  /** The latest month ≤ month(D) with an actual; null when none. */
  lastMonthReported: number | null;
  /** The months summed (those with an actual, 1 … lastMonthReported). */
  months: number[];
  /** Months 1 … lastMonthReported without an actual. */
  missingMonths: number[];
  /** At least one summed month is an estimate (ước). */
  hasEstimate: boolean;
  /** Σ the summed months, exact decimal string; null when nothing is reported. */
  ytd: string | null;
  /** The annual target (PlanTarget, year Y, this scope); null when none is set. */
  target: string | null;
  /** ytd ÷ target × 100, 2 decimals. */
  percentOfPlan: string | null;
  /** Cùng kỳ: the same months of Y−1. */
  previous: { year: number; months: number[]; missingMonths: number[]; value: string | null };
  /** (ytd − previous) ÷ previous × 100, 2 decimals. */
  changePct: string | null;
  projection: YearEndProjection | null;
};

/** A figure computed from the project records, against its target. */
export type TargetedFigure = {
  value: string | null;
  target: string | null;
  percentOfPlan: string | null;
  previous: string | null;
  changePct: string | null;
};

export type IndicatorFigures = {
  reportDate: Date;
  scope: ReportScope;
  year: number;
  production: MonthlyIndicatorFigure;
  exports: MonthlyIndicatorFigure;
  jobs: MonthlyIndicatorFigure;
  /** New projects (FDI + DDI) in the period vs the NEW_PROJECTS target. */
  newProjects: TargetedFigure;
  /** New + added capital converted to USD vs the REGISTERED_CAPITAL_CONVERTED target, with the rates used. */
  convertedCapital: TargetedFigure & { rate: RateUsed | null; previousRate: RateUsed | null };
};

type ActualRow = {
  indicator: MonthlyIndicator;
  months: number[] | null;
  ytd: string | null;
  hasEstimate: boolean | null;
  prevMonths: number[] | null;
  prev: string | null;
};

type TargetRow = { indicator: Indicator; target: string };

const indicatorList = (list: readonly Indicator[]) => Prisma.join(list.map((i) => Prisma.sql`(${i}::"Indicator")`));

/**
 * One statement for the three monthly indicators: year Y's actuals of months 1 … month(D), and
 * the actuals of Y−1 for exactly those months (the unique key gives at most one per month).
 */
function actualsSql(year: number, lastMonth: number, key: string): Prisma.Sql {
  return Prisma.sql`
    SELECT ind.indicator::text AS indicator,
           array_agg(c.month ORDER BY c.month) FILTER (WHERE c.month IS NOT NULL) AS months,
           sum(c.value)::text AS ytd,
           bool_or(c."isEstimate") AS "hasEstimate",
           array_agg(p.month ORDER BY p.month) FILTER (WHERE p.month IS NOT NULL) AS "prevMonths",
           sum(p.value)::text AS prev
    FROM (VALUES ${indicatorList(MONTHLY_INDICATORS)}) AS ind(indicator)
    LEFT JOIN "IndicatorActual" c
           ON c.indicator = ind.indicator AND c."scopeKey" = ${key} AND c.year = ${year}::int AND c.month BETWEEN 1 AND ${lastMonth}::int
    LEFT JOIN "IndicatorActual" p
           ON p.indicator = c.indicator AND p."scopeKey" = ${key} AND p.year = ${year - 1}::int AND p.month = c.month
    GROUP BY ind.indicator`;
}

function monthlyFigure(indicator: MonthlyIndicator, reportDate: Date, row: ActualRow | undefined, target: string | null): MonthlyIndicatorFigure {
  const year = reportDate.getUTCFullYear();
  // The SQL read months 1 … month(D) only, so these are exactly the months summed.
  const months = row?.months ?? [];
  const last = lastMonthReported(months, reportDate);
  const ytd = row?.ytd ?? null;
  const prevMonths = row?.prevMonths ?? [];
  const prevHave = new Set(prevMonths);
  const previous = { year: year - 1, months: prevMonths, missingMonths: months.filter((m) => !prevHave.has(m)), value: row?.prev ?? null };
  let projection: YearEndProjection | null = null;
  if (ytd !== null && months.length > 0) {
    const value = new Dec(ytd).times(12).div(months.length).toFixed(2);
    projection = { value, monthsReported: months.length, willMeetPlan: target === null ? null : new Dec(value).gte(target) };
  }
  return {
    indicator,
    unit: INDICATOR_UNITS[indicator],
    year,
    lastMonthReported: last,
    months,
    missingMonths: missingMonths(months, last),
    hasEstimate: row?.hasEstimate ?? false,
    ytd,
    target,
    percentOfPlan: percentOf(ytd, target),
    previous,
    changePct: percentChange(ytd, previous.value),
    projection,
  };
}

/**
 * Every plan indicator for report date D in `scope` (default: the whole province). Two statements
 * (actuals, targets) plus the investment figures (investment.ts), in parallel.
 */
export async function getIndicatorFigures(actor: CurrentUser | null, reportDate: Date, scope: ReportScope = { kind: "PROVINCE" }): Promise<IndicatorFigures> {
  assertCan(actor, "dashboard:read");
  const period = reportPeriod(reportDate);
  const key = scopeKey(scope);
  const [actuals, targets, investment] = await Promise.all([
    db.$queryRaw<ActualRow[]>(actualsSql(period.year, monthOf(period.to), key)),
    db.$queryRaw<TargetRow[]>`
      SELECT t.indicator::text AS indicator, t.target::text AS target
      FROM "PlanTarget" t WHERE t.year = ${period.year}::int AND t."scopeKey" = ${key}`,
    getInvestmentFigures(actor, reportDate, scope),
  ]);
  const targetOf = (indicator: Indicator) => targets.find((t) => t.indicator === indicator)?.target ?? null;
  const monthly = (indicator: MonthlyIndicator) =>
    monthlyFigure(
      indicator,
      period.to,
      actuals.find((r) => r.indicator === indicator),
      targetOf(indicator),
    );

  const { current, previous } = investment;
  const newCount = String(current.newProjects.FDI.count + current.newProjects.DDI.count);
  const prevCount = String(previous.newProjects.FDI.count + previous.newProjects.DDI.count);
  const projectsTarget = targetOf("NEW_PROJECTS");
  const capital = current.newAndAdded.capital.totalUsd;
  const prevCapital = previous.newAndAdded.capital.totalUsd;
  const capitalTarget = targetOf("REGISTERED_CAPITAL_CONVERTED");
  return {
    reportDate: period.to,
    scope,
    year: period.year,
    production: monthly("INDUSTRIAL_PRODUCTION_VALUE"),
    exports: monthly("EXPORT_VALUE"),
    jobs: monthly("JOBS"),
    newProjects: {
      value: newCount,
      target: projectsTarget,
      percentOfPlan: percentOf(newCount, projectsTarget),
      previous: prevCount,
      changePct: percentChange(newCount, prevCount),
    },
    convertedCapital: {
      value: capital,
      target: capitalTarget,
      percentOfPlan: percentOf(capital, capitalTarget),
      previous: prevCapital,
      changePct: percentChange(capital, prevCapital),
      rate: current.rate,
      previousRate: previous.rate,
    },
  };
}
