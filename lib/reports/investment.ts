// Investment figures for a report date D: new projects, capital increases and decreases, the
// converted total of new + added capital, and the valid projects with their registered capital,
// each for the period (1 January Y … D) and the same period last year (cùng kỳ), with the change.
// docs/domain.md "How the figures are computed" is the specification; golden.test.ts checks every
// figure against a hand-computed dataset.
//
// Decisions:
// - AS OF D: projects first issued after D and amendments dated after D are left out, so a past
//   report date shows the figures as they were then. A project's registered capital as of D is its
//   initial capital + Σ its amendments dated ≤ D, computed as the identical
//   Project.currentCapital − Σ its amendments dated after D (see bothPeriodsSql: currentCapital is
//   initial + Σ all amendments, kept by the ledger in the amendment's own transaction).
// - ARCHIVED projects (archivedAt set: withdrawn records, e.g. duplicates or entries made by
//   mistake) count nowhere, nor do their amendments: the same rule as the projects list's default.
// - VALID on D: first issued ≤ D and not TERMINATED/REVOKED by a decision dated ≤ D (a decision
//   without a date counts as taken): validAsOfSql in lib/projects/find-projects.ts, shared with
//   the list's `validAsOf` filter.
// - NEW: IRC first-issue date in the period; capital = initial registered capital. INCREASES:
//   distinct projects with ≥ 1 amendment in the period whose delta > 0; capital = Σ those positive
//   deltas. DECREASES likewise with delta < 0, reported apart (their capital is ≤ 0), never netted.
//   A project both new and increased in the period is in both counts, and its new and added
//   capital both enter the converted total; it is one project in `newAndAdded.projects`.
// - CURRENCY: amounts are summed per recorded currency (FDI in USD and DDI in VND as a rule, but
//   the currency is per project). `totalUsd` = USD + VND ÷ the rate; the FDI cards read totalUsd,
//   the DDI cards read `vnd` (a DDI project recorded in USD stays visible in `usd`).
// - THE RATE: the board's convention (getRateFor under settings.rateSource) for the period's last
//   day: D for the period, the same day last year for cùng kỳ, so that cùng kỳ is the figure a
//   report dated then showed. Each period states the rate it used; without one, a total with VND
//   in it is null ("—"), never a guess.
// - Sums are SQL NUMERIC; conversion (lib/rates/convert.ts) and % use exact decimals. A change is
//   (current − previous) ÷ |previous| × 100 to 2 decimals, null when previous is 0.
import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Dec, toDecimal } from "@/lib/format/decimal";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import { projectConditions } from "@/lib/projects/find-projects";
import { toUsd, type RateUsed } from "@/lib/rates/convert";
import { getRateFor } from "@/lib/rates/get-rate";
import { isoDay, reportPeriod, samePeriodLastYear, scopeKey, scopeZoneFilter, type ReportPeriod, type ReportScope } from "./period";
import { periodFlowsSql, validOnSql } from "./summaries";

/** Amounts summed per recorded currency, exact decimal strings with 2 decimals. */
export type Money = {
  usd: string;
  vnd: string;
  /** usd + vnd ÷ rate, to the cent; null when there is VND and no rate. */
  totalUsd: string | null;
};

export type Group = { count: number; capital: Money };
export type ByType<T> = { FDI: T; DDI: T };

export type InvestmentPeriodFigures = {
  period: ReportPeriod;
  /** The rate in force on period.to under the board's convention, which converted this period's VND (null: none recorded). */
  rate: RateUsed | null;
  newProjects: ByType<Group>;
  increases: ByType<Group>;
  /** capital ≤ 0: the sum of the negative deltas. */
  decreases: ByType<Group>;
  /** New + added capital: `projects` distinct projects (new or increased), capital.totalUsd is the card. */
  newAndAdded: { projects: number; capital: Money };
  /** Valid on period.to, with their registered capital as of that day. */
  valid: ByType<Group>;
};

/** Changes in %, 2 decimals; capital on totalUsd for FDI and on vnd for DDI (decreases: on the amount decreased). */
export type GroupChange = { countPct: string | null; capitalPct: string | null };

export type InvestmentFigures = {
  reportDate: Date;
  scope: ReportScope;
  current: InvestmentPeriodFigures;
  /** The same period last year (cùng kỳ). */
  previous: InvestmentPeriodFigures;
  change: {
    newProjects: ByType<GroupChange>;
    increases: ByType<GroupChange>;
    decreases: ByType<GroupChange>;
    /** countPct on the projects, capitalPct on totalUsd. */
    newAndAdded: GroupChange;
    valid: ByType<GroupChange>;
  };
};

// ---- exact percentages

/** (current − previous) ÷ |previous| × 100, to 2 decimals; null when either is missing or previous is 0. */
export function percentChange(current: string | number | null, previous: string | number | null): string | null {
  const c = current === null ? null : toDecimal(current);
  const p = previous === null ? null : toDecimal(previous);
  if (c === null || p === null || p.isZero()) return null;
  return c.minus(p).div(p.abs()).times(100).toFixed(2);
}

/** value ÷ target × 100, to 2 decimals; null when either is missing or the target is 0. */
export function percentOf(value: string | number | null, target: string | number | null): string | null {
  const v = value === null ? null : toDecimal(value);
  const t = target === null ? null : toDecimal(target);
  if (v === null || t === null || t.isZero()) return null;
  return v.div(t).times(100).toFixed(2);
}

/** USD + VND converted with `rate` (the board's convention, lib/rates/convert.ts). */
export function toMoney(usd: string, vnd: string, rate: RateUsed | null): Money {
  const u = new Dec(usd);
  const v = new Dec(vnd);
  let totalUsd: string | null = u.toFixed(2);
  if (!v.isZero()) {
    const converted = toUsd(v.toFixed(), "VND", rate).usd;
    totalUsd = converted === null ? null : u.plus(converted).toFixed(2);
  }
  return { usd: u.toFixed(2), vnd: v.toFixed(2), totalUsd };
}

// ---- the query

/** The scope's WHERE on `"Project" p`: the list's own clauses (archived excluded, zone). */
export function scopeConditions(scope: ReportScope): Prisma.Sql {
  return Prisma.join(projectConditions({ zone: scopeZoneFilter(scope), archived: "exclude" }), " AND ");
}

/** `p."ircFirstIssuedOn"` in the period: the list's ircFrom/ircTo clause. */
export function issuedInSql(period: ReportPeriod): Prisma.Sql {
  return Prisma.join(projectConditions({ ircFrom: isoDay(period.from), ircTo: isoDay(period.to), archived: "include" }), " AND ");
}

type Row = {
  type: InvestmentType | null;
  currency: Currency | null;
  newCount: number;
  newCapital: string;
  incCount: number;
  incCapital: string;
  decCount: number;
  decCapital: string;
  addedCount: number;
  addedCapital: string;
  validCount: number;
  validCapital: string;
};

/** One row of the statement: a (type, currency) or (currency) cell, with both periods' figures. */
type BothRow = { type: InvestmentType | null; currency: Currency | null } & { [K in Exclude<keyof Row, "type" | "currency"> as `cur_${K}` | `prev_${K}`]: Row[K] };

const FIGURES = ["newCount", "newCapital", "incCount", "incCapital", "decCount", "decCapital", "addedCount", "addedCapital", "validCount", "validCapital"] as const;

/** Rows (period, type, currency, …) of one period: its flows and its valid projects (summaries.ts). */
function periodRowsSql(prefix: "cur" | "prev", period: ReportPeriod, scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
      SELECT ${prefix}::text AS period, f.type, f.currency, f."newCount" AS new_n, f."newCapital" AS new_c, f."incFirst" AS inc_n, f."incCapital" AS inc_c,
             f."decFirst" AS dec_n, f."decCapital" AS dec_c, f."addedFirst" AS added_n, 0 AS valid_n, 0 AS valid_c
      FROM (${periodFlowsSql(period, scope)}) f
      UNION ALL
      SELECT ${prefix}::text, v.type, v.currency, 0, 0, 0, 0, 0, 0, 0, v."validCount", v."validCapital"
      FROM (${validOnSql(period.to, scope)}) v`;
}

/** The figures of one period, columns named `<prefix>_<figure>`, over the rows of periodRowsSql. */
function periodColumns(prefix: "cur" | "prev"): Prisma.Sql {
  const col = (name: (typeof FIGURES)[number]) => Prisma.raw(`"${prefix}_${name}"`);
  const count = (m: string) => Prisma.raw(`COALESCE(sum(x.${m}) FILTER (WHERE x.period = '${prefix}'), 0)::int`);
  const money = (m: string) => Prisma.raw(`COALESCE(sum(x.${m}) FILTER (WHERE x.period = '${prefix}'), 0)::text`);
  return Prisma.sql`
           ${count("new_n")} AS ${col("newCount")}, ${money("new_c")} AS ${col("newCapital")},
           ${count("inc_n")} AS ${col("incCount")}, ${money("inc_c")} AS ${col("incCapital")},
           ${count("dec_n")} AS ${col("decCount")}, ${money("dec_c")} AS ${col("decCapital")},
           ${count("added_n")} AS ${col("addedCount")}, ${money("new_c + x.inc_c")} AS ${col("addedCapital")},
           ${count("valid_n")} AS ${col("validCount")}, ${money("valid_c")} AS ${col("validCapital")}`;
}

/**
 * ONE statement for both periods (the period and cùng kỳ), from the report summaries
 * (summaries.ts: a few thousand month rows and the current month's events, instead of every project
 * and amendment), per (type, currency) and per currency (GROUPING SETS) so that the totals across
 * types are summed in SQL too.
 *
 * NEW: projects first issued in the period. INCREASED / DECREASED: distinct projects with a
 * positive / negative amendment in the period (issued by its end), with the sum of those deltas.
 * NEW + ADDED: distinct projects new or increased, with initial + added capital. VALID on the
 * period's last day, with their registered capital as of that day (= initial + Σ amendments dated
 * up to it, which the ledger keeps equal to currentCapital − Σ amendments after it). The
 * summaries' header states how each measure is kept; golden.test.ts checks every figure.
 */
function bothPeriodsSql(current: ReportPeriod, previous: ReportPeriod, scope: ReportScope): Prisma.Sql {
  return Prisma.sql`
    SELECT x.type, x.currency, ${periodColumns("cur")}, ${periodColumns("prev")}
    FROM (${periodRowsSql("cur", current, scope)} UNION ALL ${periodRowsSql("prev", previous, scope)}) x
    GROUP BY GROUPING SETS ((x.type, x.currency), (x.currency))`;
}

/** The rows of one period, as periodFigures reads them. */
function periodRows(rows: BothRow[], prefix: "cur" | "prev"): Row[] {
  return rows.map((r) => {
    const row = { type: r.type, currency: r.currency } as Record<string, unknown>;
    for (const f of FIGURES) row[f] = r[`${prefix}_${f}`];
    return row as Row;
  });
}

const TYPES: InvestmentType[] = ["FDI", "DDI"];

function periodFigures(period: ReportPeriod, rows: Row[], rate: RateUsed | null): InvestmentPeriodFigures {
  const cell = (type: InvestmentType | null, currency: Currency) => rows.find((r) => r.type === type && r.currency === currency);
  const amount = (row: Row | undefined, key: "newCapital" | "incCapital" | "decCapital" | "addedCapital" | "validCapital") => row?.[key] ?? "0";
  const count = (type: InvestmentType | null, key: "newCount" | "incCount" | "decCount" | "addedCount" | "validCount") =>
    (cell(type, "USD")?.[key] ?? 0) + (cell(type, "VND")?.[key] ?? 0);
  const group = (type: InvestmentType | null, c: "newCount" | "incCount" | "decCount" | "addedCount" | "validCount", m: Parameters<typeof amount>[1]): Group => ({
    count: count(type, c),
    capital: toMoney(amount(cell(type, "USD"), m), amount(cell(type, "VND"), m), rate),
  });
  const byType = (c: Parameters<typeof count>[1], m: Parameters<typeof amount>[1]): ByType<Group> =>
    Object.fromEntries(TYPES.map((t) => [t, group(t, c, m)])) as ByType<Group>;
  const added = group(null, "addedCount", "addedCapital");
  return {
    period,
    rate,
    newProjects: byType("newCount", "newCapital"),
    increases: byType("incCount", "incCapital"),
    decreases: byType("decCount", "decCapital"),
    newAndAdded: { projects: added.count, capital: added.capital },
    valid: byType("validCount", "validCapital"),
  };
}

// ---- sharing one computation between concurrent callers

const inFlight = new Map<string, Promise<unknown>>();

/**
 * Runs `compute` once for concurrent callers with the same key: a second caller that arrives
 * while the first one's statement is still running awaits the same promise instead of issuing the
 * same statement again. Nothing is kept once it settles (no cache: a call made after it finished
 * reads the database again), so a caller never sees figures older than a statement that was
 * already running when it called. The dashboard's tiles load in parallel and several of them need
 * the same figure family (the investment cards and the indicator cards; the country and the VSIC
 * breakdowns): each family is computed once per report date and scope. Callers receive the raw
 * rows and build their own result objects, so no object is shared between them.
 */
export function shared<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key) as Promise<T> | undefined;
  if (running) return running;
  const promise = compute().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

type BothPeriods = { rows: BothRow[]; rate: RateUsed | null; previousRate: RateUsed | null };

/** The statement and the two rate look-ups, in parallel; shared by concurrent callers. */
function bothPeriods(current: ReportPeriod, previous: ReportPeriod, scope: ReportScope): Promise<BothPeriods> {
  return shared(`investment|${isoDay(current.to)}|${scopeKey(scope)}`, async () => {
    const [rows, rate, previousRate] = await Promise.all([
      db.$queryRaw<BothRow[]>(bothPeriodsSql(current, previous, scope)),
      getRateFor(current.to),
      getRateFor(previous.to),
    ]);
    return { rows, rate, previousRate };
  });
}

function headline(type: InvestmentType, capital: Money): string | null {
  return type === "FDI" ? capital.totalUsd : capital.vnd;
}

function groupChange(type: InvestmentType, current: Group, previous: Group, magnitude = false): GroupChange {
  const abs = (v: string | null) => (v === null || !magnitude ? v : new Dec(v).abs().toFixed());
  return {
    countPct: percentChange(current.count, previous.count),
    capitalPct: percentChange(abs(headline(type, current.capital)), abs(headline(type, previous.capital))),
  };
}

/**
 * The investment figures for report date D in `scope` (default: the whole province), this period
 * and the same period last year. One statement for both periods and two rate look-ups, in parallel
 * (shared with concurrent callers for the same date and scope, e.g. getIndicatorFigures).
 */
export async function getInvestmentFigures(actor: CurrentUser | null, reportDate: Date, scope: ReportScope = { kind: "PROVINCE" }): Promise<InvestmentFigures> {
  assertCan(actor, "dashboard:read");
  const currentPeriod = reportPeriod(reportDate);
  const previousPeriod = samePeriodLastYear(reportDate);
  const both = await bothPeriods(currentPeriod, previousPeriod, scope);
  const current = periodFigures(currentPeriod, periodRows(both.rows, "cur"), both.rate);
  const previous = periodFigures(previousPeriod, periodRows(both.rows, "prev"), both.previousRate);
  const change = (key: "newProjects" | "increases" | "decreases" | "valid", magnitude = false): ByType<GroupChange> => ({
    FDI: groupChange("FDI", current[key].FDI, previous[key].FDI, magnitude),
    DDI: groupChange("DDI", current[key].DDI, previous[key].DDI, magnitude),
  });
  return {
    reportDate: reportPeriod(reportDate).to,
    scope,
    current,
    previous,
    change: {
      newProjects: change("newProjects"),
      increases: change("increases"),
      decreases: change("decreases", true),
      newAndAdded: {
        countPct: percentChange(current.newAndAdded.projects, previous.newAndAdded.projects),
        capitalPct: percentChange(current.newAndAdded.capital.totalUsd, previous.newAndAdded.capital.totalUsd),
      },
      valid: change("valid"),
    },
  };
}
