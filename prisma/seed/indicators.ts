import type { Indicator, ScopeKind } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./config";
import { day, lastDayOfMonth, monthOf, stamp, yearOf } from "./dates";
import { factor, Money, roundTo, ZERO } from "./money";
import type { ProjectSeed } from "./projects";
import { Rng } from "./random";
import type { AmendmentRow, IndicatorActualRow, PlanTargetRow } from "./rows";
import type { ZoneSeed } from "./zones";

interface Scope {
  kind: ScopeKind;
  key: string;
  zoneId: number | null;
}

const PROVINCE: Scope = { kind: "PROVINCE", key: "PROVINCE", zoneId: null };
const ALL_KCN: Scope = { kind: "ALL_KCN", key: "ALL_KCN", zoneId: null };
const ALL_CCN: Scope = { kind: "ALL_CCN", key: "ALL_CCN", zoneId: null };
const zoneScope = (zone: ZoneSeed): Scope => ({ kind: "ZONE", key: `ZONE:${zone.row.id}`, zoneId: zone.row.id });

const UNITS: Readonly<Record<Indicator, string>> = {
  INDUSTRIAL_PRODUCTION_VALUE: "VND",
  EXPORT_VALUE: "USD",
  REGISTERED_CAPITAL_CONVERTED: "USD",
  NEW_PROJECTS: "project",
  JOBS: "job",
};

/** How a monthly figure is rounded: bulletins count production in millions of đồng, exports in thousands of USD. */
const ACTUAL_STEP: Readonly<Record<"INDUSTRIAL_PRODUCTION_VALUE" | "EXPORT_VALUE" | "JOBS", number>> = {
  INDUSTRIAL_PRODUCTION_VALUE: 1e6,
  EXPORT_VALUE: 1e3,
  JOBS: 1,
};

// Tết empties February; the year closes strong.
const SEASON = [0.95, 0.7, 0.98, 0.99, 1.01, 1.03, 1.04, 1.06, 1.05, 1.06, 1.05, 1.08] as const;

export interface IndicatorsResult {
  planTargets: PlanTargetRow[];
  actuals: IndicatorActualRow[];
}

/**
 * Annual plans and monthly actuals. Production, exports and jobs follow a plan that grows about
 * 10% a year and actuals that run roughly on pace; the capital and new-project plans are set
 * from the registered projects themselves, so that "% of plan" is plausible for any seed.
 */
export function generateIndicators(
  ctx: SeedContext,
  zones: readonly ZoneSeed[],
  projects: readonly ProjectSeed[],
  amendments: readonly AmendmentRow[],
  planRate: (year: number) => Money,
): IndicatorsResult {
  const rng = new Rng(ctx.seed, "indicators");
  const years = Array.from({ length: ctx.config.indicatorYears }, (_, i) => ctx.year - ctx.config.indicatorYears + 1 + i);
  const shares = {
    INDUSTRIAL_PRODUCTION_VALUE: { kcn: rng.real(0.55, 0.65), ccn: rng.real(0.1, 0.15) },
    EXPORT_VALUE: { kcn: rng.real(0.7, 0.8), ccn: rng.real(0.05, 0.09) },
    JOBS: { kcn: rng.real(0.55, 0.65), ccn: rng.real(0.15, 0.2) },
  } as const;
  // The two largest operating KCN report production on their own.
  const bigZones = zones
    .filter((z) => z.row.kind === "KCN" && z.row.status === "OPERATING")
    .sort((a, b) => b.leasableHundredths - a.leasableHundredths || a.row.id - b.row.id)
    .slice(0, 2)
    .map((zone, i) => ({ zone, share: i === 0 ? rng.real(0.2, 0.3) : rng.real(0.12, 0.2) }));

  const flows = {
    INDUSTRIAL_PRODUCTION_VALUE: backwards(rng, years, new Money(rng.int(250, 300)).mul(1e12), [0.07, 0.13], 1e12),
    EXPORT_VALUE: backwards(rng, years, new Money(rng.int(80, 100)).mul(1e8), [0.06, 0.14], 1e8),
    JOBS: backwards(rng, years, new Money(rng.int(18, 28)).mul(1000), [0, 0.08], 100),
  } as const;
  const targetStep = { INDUSTRIAL_PRODUCTION_VALUE: 1e11, EXPORT_VALUE: 1e7, JOBS: 100 } as const;

  const plans: PlanTargetRow[] = [];
  const actuals: IndicatorActualRow[] = [];
  const addPlan = (year: number, indicator: Indicator, scope: Scope, target: Money, split: Money[] = []) =>
    plans.push(planRow(ctx, plans.length + 1, year, indicator, scope, target, split));
  const registered = registeredByYear(projects, amendments, planRate);

  for (const year of years) {
    const lastMonth = year < ctx.year ? 12 : monthOf(ctx.today);
    for (const indicator of ["INDUSTRIAL_PRODUCTION_VALUE", "EXPORT_VALUE", "JOBS"] as const) {
      const target = flows[indicator].get(year) ?? ZERO;
      const share = shares[indicator];
      const step = targetStep[indicator];
      const split = indicator === "INDUSTRIAL_PRODUCTION_VALUE" ? monthlySplit(target, 1e9) : [];
      addPlan(year, indicator, PROVINCE, target, split);
      const kcnTarget = roundTo(target.mul(factor(share.kcn)), step);
      addPlan(year, indicator, ALL_KCN, kcnTarget);
      addPlan(year, indicator, ALL_CCN, roundTo(target.mul(factor(share.ccn)), step));
      if (indicator === "INDUSTRIAL_PRODUCTION_VALUE") {
        for (const big of bigZones) addPlan(year, indicator, zoneScope(big.zone), roundTo(kcnTarget.mul(factor(big.share)), step));
      }

      // A year runs a little ahead of or behind plan; each month wobbles around its season.
      const pace = rng.real(0.97, 1.06);
      const seasonTotal = SEASON.reduce((a, b) => a + b, 0);
      for (let month = 1; month <= lastMonth; month++) {
        const isEstimate = year === ctx.year && month === lastMonth;
        const weight = ((SEASON[month - 1] ?? 1) / seasonTotal) * pace * rng.real(0.96, 1.04);
        const province = roundTo(target.mul(factor(weight)), ACTUAL_STEP[indicator]);
        const kcn = roundTo(province.mul(factor(share.kcn * rng.real(0.98, 1.02))), ACTUAL_STEP[indicator]);
        const ccn = roundTo(province.mul(factor(share.ccn * rng.real(0.98, 1.02))), ACTUAL_STEP[indicator]);
        const add = (scope: Scope, value: Money) => actuals.push(actualRow(ctx, actuals.length + 1, year, month, indicator, scope, value, isEstimate));
        add(PROVINCE, province);
        add(ALL_KCN, kcn);
        add(ALL_CCN, ccn);
        if (indicator === "INDUSTRIAL_PRODUCTION_VALUE") {
          for (const big of bigZones) add(zoneScope(big.zone), roundTo(kcn.mul(factor(big.share * rng.real(0.97, 1.03))), ACTUAL_STEP[indicator]));
        }
      }
    }

    for (const scope of [PROVINCE, ALL_KCN, ALL_CCN]) {
      const { capitalUsd, count } = registered(year, scope.kind);
      const previous = registered(year - 1, scope.kind);
      // This year's plan was set in January; it is judged against the year's likely outcome.
      const elapsed = year === ctx.year ? (ctx.today - day(year, 1, 1) + 1) / 365 : 1;
      const likely = (current: Money, last: Money) => (elapsed < 0.2 ? last.mul(1.1) : current.div(factor(elapsed)));
      const ambition = year === ctx.year ? rng.real(1, 1.12) : rng.real(0.9, 1.1);
      const capitalTarget = roundTo(likely(capitalUsd, previous.capitalUsd).mul(factor(ambition)), 1e7);
      const countTarget = roundTo(likely(new Money(count), new Money(previous.count)).mul(factor(ambition)), count > 40 ? 5 : 1);
      addPlan(year, "REGISTERED_CAPITAL_CONVERTED", scope, capitalTarget.gt(0) ? capitalTarget : new Money(1e7));
      addPlan(year, "NEW_PROJECTS", scope, countTarget.gt(0) ? countTarget : new Money(1));
    }
  }
  return { planTargets: plans, actuals };
}

/** Targets for each year, this year's drawn and earlier ones shrunk by a yearly growth rate. */
function backwards(rng: Rng, years: readonly number[], current: Money, growth: readonly [number, number], step: number): Map<number, Money> {
  const result = new Map<number, Money>();
  let value = current;
  for (const year of [...years].reverse()) {
    result.set(year, roundTo(value, step));
    value = value.div(factor(1 + rng.real(growth[0], growth[1])));
  }
  return result;
}

/** Twelve monthly parts following the season, rounded, the last taking the remainder so they add up exactly. */
function monthlySplit(target: Money, step: number): Money[] {
  const seasonTotal = SEASON.reduce((a, b) => a + b, 0);
  const parts = SEASON.slice(0, 11).map((s) => roundTo(target.mul(factor(s / seasonTotal)), step));
  return [...parts, target.minus(parts.reduce((a, b) => a.plus(b), ZERO))];
}

/**
 * New + added registered capital in USD (FDI as registered, DDI at the plan-year rate) and the
 * count of new projects, per year and scope — the figures the board's bulletin reports.
 */
function registeredByYear(projects: readonly ProjectSeed[], amendments: readonly AmendmentRow[], planRate: (year: number) => Money) {
  const totals = new Map<string, { capitalUsd: Money; count: number }>();
  const entry = (year: number, scope: ScopeKind) => {
    const key = `${year}|${scope}`;
    let value = totals.get(key);
    if (!value) totals.set(key, (value = { capitalUsd: ZERO, count: 0 }));
    return value;
  };
  const scopesOf = (p: ProjectSeed): ScopeKind[] => (p.zone ? ["PROVINCE", p.zone.row.kind === "KCN" ? "ALL_KCN" : "ALL_CCN"] : ["PROVINCE"]);
  const rate = (p: ProjectSeed, year: number) => (p.row.currency === "USD" ? new Money(1) : planRate(year));
  const byId = new Map(projects.map((p) => [p.row.id, p]));

  for (const p of projects) {
    const year = yearOf(p.issuedOn);
    for (const scope of scopesOf(p)) {
      const e = entry(year, scope);
      e.count += 1;
      e.capitalUsd = e.capitalUsd.plus(p.initial.div(rate(p, year)));
    }
  }
  for (const a of amendments) {
    const delta = new Money(a.capitalDelta);
    const p = byId.get(a.projectId);
    if (!p || delta.lte(0)) continue;
    const year = Number(a.amendedOn.slice(0, 4));
    for (const scope of scopesOf(p)) {
      const e = entry(year, scope);
      e.capitalUsd = e.capitalUsd.plus(delta.div(rate(p, year)));
    }
  }
  return (year: number, scope: ScopeKind) => totals.get(`${year}|${scope}`) ?? { capitalUsd: ZERO, count: 0 };
}

function planRow(ctx: SeedContext, id: number, year: number, indicator: Indicator, scope: Scope, target: Money, split: Money[]): PlanTargetRow {
  const at = stamp(Math.max(ctx.systemStart, day(year - 1, 12, 15)));
  return {
    id,
    year,
    indicator,
    scopeKind: scope.kind,
    zoneId: scope.zoneId,
    scopeKey: scope.key,
    target: target.toFixed(2),
    unit: UNITS[indicator],
    monthlySplit: split.map((v) => v.toFixed(2)),
    createdAt: at,
    updatedAt: at,
  };
}

function actualRow(
  ctx: SeedContext,
  id: number,
  year: number,
  month: number,
  indicator: Indicator,
  scope: Scope,
  value: Money,
  isEstimate: boolean,
): IndicatorActualRow {
  // Estimates are entered around the 20th; the final figure a few days after the month closes.
  const entered = Math.min(ctx.today, day(year, month, 20));
  const finalised = isEstimate ? entered : Math.min(ctx.today, lastDayOfMonth(year, month) + 8);
  return {
    id,
    year,
    month,
    indicator,
    scopeKind: scope.kind,
    zoneId: scope.zoneId,
    scopeKey: scope.key,
    value: value.toFixed(2),
    isEstimate,
    createdAt: stamp(entered),
    updatedAt: stamp(Math.max(entered, finalised)),
  };
}
