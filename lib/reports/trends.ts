// The dashboard's chart data, each typed for its chart (components/charts take
// `Awaited<ReturnType<typeof getX>>`):
// - monthly new projects and their capital (converted USD), this year against last;
// - the cumulative production value (or export value, jobs) by month against the plan pace line;
// - new + added capital by investor country (top N, the rest as "others") and by VSIC section.
// The same definitions as the cards (investment.ts, indicators.ts); checked by golden.test.ts.
//
// Decisions:
// - Monthly new projects: this year's months run to D (the month of D is cut at D, later months
//   are null: not yet); last year's series is the whole year Y−1. Each series is converted with
//   the rate in force on its own report date (D, and the same day last year), as the cùng kỳ
//   cards are; each month's VND is converted once, to the cent.
// - The plan pace line at month m is the cumulative monthly split when the target has one (12
//   values), otherwise target × m ÷ 12 (2 decimals). Without a target there is no line (null).
//   The cumulative actual stops at the last month reported by D; a missing month adds nothing
//   and is flagged.
// - The country and VSIC breakdowns cover the projects behind the "new + added capital" card
//   (new in the period, or increased in it), so the slices add up to that card; the country is
//   the lead investor's (Project.originCountry, VN for domestic). Each slice links to its list.
import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Dec } from "@/lib/format/decimal";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import type { RateUsed } from "@/lib/rates/convert";
import { getRateFor } from "@/lib/rates/get-rate";
import { newAndAddedSliceHref, newInMonthHref } from "./drilldown";
import { MONTHLY_INDICATORS, type MonthlyIndicator } from "./indicators";
import { issuedInSql, scopeConditions, shared, toMoney, type Money } from "./investment";
import { periodFlowsSql } from "./summaries";
import { calendarDay, isoDay, monthOf, reportPeriod, sameDayLastYear, scopeKey, type ReportPeriod, type ReportScope } from "./period";

// ---- monthly new projects, this year against last

export type MonthNewProjects = {
  count: number;
  fdi: number;
  ddi: number;
  /** Σ initial capital, converted with the series' rate (usd + vnd ÷ rate). */
  capital: Money;
  /** The projects list of that month's new projects. */
  href: string;
};

export type MonthlyNewProjects = {
  year: number;
  previousYear: number;
  /** The rate of this year's series (in force on D) and of last year's (in force on the same day last year). */
  rate: RateUsed | null;
  previousRate: RateUsed | null;
  /** Months 1..12; `current` is null after the month of D. */
  months: { month: number; current: MonthNewProjects | null; previous: MonthNewProjects }[];
};

type MonthRow = { year: number; month: number; currency: Currency; count: number; fdi: number; ddi: number; capital: string };

export async function getMonthlyNewProjects(actor: CurrentUser | null, reportDate: Date, scope: ReportScope = { kind: "PROVINCE" }): Promise<MonthlyNewProjects> {
  assertCan(actor, "dashboard:read");
  const period = reportPeriod(reportDate);
  const previousYear = period.year - 1;
  const both: ReportPeriod = { year: previousYear, from: calendarDay(previousYear, 1, 1), to: period.to };
  const [rows, rate, previousRate] = await Promise.all([
    db.$queryRaw<MonthRow[]>`
      SELECT EXTRACT(YEAR FROM p."ircFirstIssuedOn")::int AS year, EXTRACT(MONTH FROM p."ircFirstIssuedOn")::int AS month, p.currency,
             count(*)::int AS count,
             (count(*) FILTER (WHERE p.type = 'FDI'))::int AS fdi,
             (count(*) FILTER (WHERE p.type = 'DDI'))::int AS ddi,
             sum(p."initialCapital")::text AS capital
      FROM "Project" p
      WHERE ${scopeConditions(scope)} AND ${issuedInSql(both)}
      GROUP BY 1, 2, 3`,
    getRateFor(period.to),
    getRateFor(sameDayLastYear(period.to)),
  ]);
  const lastMonth = monthOf(period.to);
  const point = (year: number, month: number, seriesRate: RateUsed | null): MonthNewProjects => {
    const cells = rows.filter((r) => r.year === year && r.month === month);
    const sum = (key: "count" | "fdi" | "ddi") => cells.reduce((n, r) => n + r[key], 0);
    const of = (currency: Currency) => cells.find((r) => r.currency === currency)?.capital ?? "0";
    return {
      count: sum("count"),
      fdi: sum("fdi"),
      ddi: sum("ddi"),
      capital: toMoney(of("USD"), of("VND"), seriesRate),
      href: newInMonthHref(year, month, scope, year === period.year ? period.to : undefined),
    };
  };
  return {
    year: period.year,
    previousYear,
    rate,
    previousRate,
    months: Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
      month,
      current: month <= lastMonth ? point(period.year, month, rate) : null,
      previous: point(previousYear, month, previousRate),
    })),
  };
}

// ---- cumulative actuals against the plan pace line

export type PlanPacePoint = {
  month: number;
  /** The month's own actual; null when missing or not yet reported. */
  value: string | null;
  isEstimate: boolean;
  /** Month ≤ the last month reported, without an actual. */
  missing: boolean;
  /** Σ actuals from January to this month; null after the last month reported (and before the first). */
  cumulative: string | null;
  /** The plan pace at the end of this month; null without a target. */
  plan: string | null;
};

export type PlanPace = {
  indicator: MonthlyIndicator;
  year: number;
  target: string | null;
  /** Whether the pace line follows the target's monthly split (else target × m ÷ 12). */
  usesMonthlySplit: boolean;
  lastMonthReported: number | null;
  months: PlanPacePoint[];
};

type PaceRow = { month: number; value: string | null; isEstimate: boolean | null; cumulative: string | null; plan: string | null; target: string | null; split: boolean | null };

export async function getPlanPace(
  actor: CurrentUser | null,
  reportDate: Date,
  scope: ReportScope = { kind: "PROVINCE" },
  indicator: MonthlyIndicator = "INDUSTRIAL_PRODUCTION_VALUE",
): Promise<PlanPace> {
  assertCan(actor, "dashboard:read");
  if (!MONTHLY_INDICATORS.includes(indicator)) throw new Error(`not a monthly indicator: ${String(indicator)}`);
  const period = reportPeriod(reportDate);
  const key = scopeKey(scope);
  const rows = await db.$queryRaw<PaceRow[]>`
    WITH t AS (
      SELECT target, "monthlySplit" AS split FROM "PlanTarget"
      WHERE year = ${period.year}::int AND indicator = ${indicator}::"Indicator" AND "scopeKey" = ${key}
    ),
    a AS (
      SELECT month, value, "isEstimate" FROM "IndicatorActual"
      WHERE year = ${period.year}::int AND indicator = ${indicator}::"Indicator" AND "scopeKey" = ${key} AND month BETWEEN 1 AND ${monthOf(period.to)}::int
    )
    SELECT m.month, a.value::text AS value, a."isEstimate",
           (sum(a.value) OVER (ORDER BY m.month))::text AS cumulative,
           (CASE WHEN cardinality(t.split) = 12 THEN sum(t.split[m.month]) OVER (ORDER BY m.month)
                 ELSE round(t.target * m.month / 12, 2) END)::text AS plan,
           t.target::text AS target,
           (cardinality(t.split) = 12) AS split
    FROM generate_series(1, 12) AS m(month)
    LEFT JOIN a ON a.month = m.month
    LEFT JOIN t ON TRUE
    ORDER BY m.month`;
  const reported = rows.filter((r) => r.value !== null).map((r) => r.month);
  const last = reported.length > 0 ? Math.max(...reported) : null;
  return {
    indicator,
    year: period.year,
    target: rows[0]?.target ?? null,
    usesMonthlySplit: rows[0]?.split ?? false,
    lastMonthReported: last,
    months: rows.map((r) => ({
      month: r.month,
      value: r.value,
      isEstimate: r.isEstimate ?? false,
      missing: last !== null && r.month <= last && r.value === null,
      cumulative: last !== null && r.month <= last ? r.cumulative : null,
      plan: r.plan,
    })),
  };
}

// ---- new + added capital by country and by VSIC section

export type CapitalSlice = {
  /** ISO country code (VN: domestic) or VSIC section letter. */
  key: string;
  /** Projects new or increased in the period. */
  projects: number;
  /** Their new + added capital; capital.totalUsd orders the slices. */
  capital: Money;
  href: string;
};

export type CapitalBreakdown = {
  period: ReportPeriod;
  rate: RateUsed | null;
  /** The largest slices by converted capital (all of them for VSIC sections). */
  slices: CapitalSlice[];
  /** Everything after the top N, summed; null when nothing is left over. */
  others: { keys: string[]; projects: number; capitalUsd: string | null } | null;
  /** Σ of every slice and the others: the "new + added capital" card. */
  totalUsd: string | null;
};

type SliceRow = { key: string; currency: Currency; projects: number; capital: string };

/**
 * One breakdown (by country or by VSIC section) from the report summaries' per-country or
 * per-section rows (summaries.ts): the distinct projects new or increased in the period
 * (addedFirst) and their new + added capital. Shared by concurrent callers for the same breakdown,
 * date, scope and type (investment.ts `shared`). One statement per breakdown, not one UNION ALL of
 * both: the union's estimated cost drew a parallel plan whose worker start-up was most of its
 * ~40 ms at full scale, against a few ms for each alone (bench: capital by country / by VSIC).
 */
function breakdownRows(by: "country" | "vsic", period: ReportPeriod, scope: ReportScope, type: InvestmentType | undefined): Promise<SliceRow[]> {
  const byType = type ? Prisma.sql`WHERE f.type = ${type}::"InvestmentType"` : Prisma.empty;
  return shared(`breakdown|${by}|${isoDay(period.to)}|${scopeKey(scope)}|${type ?? ""}`, () =>
    db.$queryRaw<SliceRow[]>`
      SELECT f.key, f.currency, sum(f."addedFirst")::int AS projects, (sum(f."newCapital") + sum(f."incCapital"))::text AS capital
      FROM (${periodFlowsSql(period, scope, by === "country" ? "C" : "V")}) f
      ${byType}
      GROUP BY f.key, f.currency
      HAVING sum(f."addedFirst") > 0`,
  );
}

async function capitalBy(
  by: "country" | "vsic",
  reportDate: Date,
  scope: ReportScope,
  options: { limit?: number; type?: InvestmentType },
): Promise<CapitalBreakdown> {
  const period = reportPeriod(reportDate);
  const [rows, rate] = await Promise.all([breakdownRows(by, period, scope, options.type), getRateFor(period.to)]);
  const keys = [...new Set(rows.map((r) => r.key))];
  const all: CapitalSlice[] = keys.map((key) => {
    const cells = rows.filter((r) => r.key === key);
    const of = (currency: Currency) => cells.find((r) => r.currency === currency)?.capital ?? "0";
    return {
      key,
      projects: cells.reduce((n, r) => n + r.projects, 0),
      capital: toMoney(of("USD"), of("VND"), rate),
      href: newAndAddedSliceHref(period, scope, by === "country" ? { country: key, type: options.type } : { vsic: key, type: options.type }),
    };
  });
  // Largest first; a slice that cannot be converted (VND without a rate) last; ties by key.
  all.sort((a, b) => {
    const x = a.capital.totalUsd;
    const y = b.capital.totalUsd;
    if (x === null || y === null) return x === y ? a.key.localeCompare(b.key) : x === null ? 1 : -1;
    return new Dec(y).cmp(x) || a.key.localeCompare(b.key);
  });
  const limit = options.limit ?? all.length;
  const slices = all.slice(0, limit);
  const rest = all.slice(limit);
  const sumUsd = (list: CapitalSlice[]) =>
    list.some((s) => s.capital.totalUsd === null) ? null : list.reduce((n, s) => n.plus(s.capital.totalUsd ?? 0), new Dec(0)).toFixed(2);
  return {
    period,
    rate,
    slices,
    others: rest.length > 0 ? { keys: rest.map((s) => s.key), projects: rest.reduce((n, s) => n + s.projects, 0), capitalUsd: sumUsd(rest) } : null,
    totalUsd: sumUsd(all),
  };
}

/** New + added capital in the period by the lead investor's country: the top `limit` (default 10) and the others. */
export async function getCapitalByCountry(
  actor: CurrentUser | null,
  reportDate: Date,
  scope: ReportScope = { kind: "PROVINCE" },
  options: { limit?: number; type?: InvestmentType } = {},
): Promise<CapitalBreakdown> {
  assertCan(actor, "dashboard:read");
  return capitalBy("country", reportDate, scope, { limit: options.limit ?? 10, type: options.type });
}

/** New + added capital in the period by VSIC section (A–U), largest first. */
export async function getCapitalByVsicSection(
  actor: CurrentUser | null,
  reportDate: Date,
  scope: ReportScope = { kind: "PROVINCE" },
  options: { type?: InvestmentType } = {},
): Promise<CapitalBreakdown> {
  assertCan(actor, "dashboard:read");
  return capitalBy("vsic", reportDate, scope, { type: options.type });
}
