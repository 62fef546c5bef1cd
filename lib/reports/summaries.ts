// The report summaries (migration figure_summaries), read as SQL fragments by the figure
// functions. The triggers keep them in the same transaction as every write to Project, Amendment
// and Zone, so they are exactly the records' sums; summaries.test.ts checks that after every kind
// of write, and golden.test.ts checks the figures built on them.
//
// InvestmentEvent holds, per project and day, the project's contribution to:
// - newCount / newCapital: its IRC first issue (1, initial capital) on that day;
// - incCapital / decCapital: the positive / negative capital deltas of its amendments counted on
//   that day (an amendment counts on its own date, or on the first issue when dated before it in
//   the same year; dated before it in an earlier year it is in no period);
// - incFirst / decFirst: 1 on the first day of a year on which it was increased / decreased, so
//   that Σ over 1 January … D counts DISTINCT projects increased in the period;
// - addedFirst: 1 on the first day of a year on which it was new or increased (the "new + added"
//   card's distinct projects);
// - validCount / validCapital: +1 and its initial capital on its first issue, each amendment's
//   delta from the day it counts, and −1 with everything it held when it was TERMINATED or
//   REVOKED (the decision's date; without one, or dated before the issue, the issue day, so it was
//   never valid). Σ over every day ≤ D is the valid projects on D with their capital as of D.
// InvestmentDay and InvestmentMonth sum the events per day and per month, in total (dim T), per
// country (C) and per VSIC section (V), by zone kind ("" outside every zone), type and currency. A
// period [from, to] is read as the whole months before the month of `to` plus the days of that
// month up to `to`: at most a few thousand rows whatever the number of projects.
// Archived projects have no events (they count nowhere).
//
// ProjectTotal is "now" for the projects that are not archived, per zone, type, currency, status
// and secondary flag; a report date D is reached by taking away the few records dated after D.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { projectConditions } from "@/lib/projects/find-projects";
import { calendarDay, isoDay, type ReportPeriod, type ReportScope } from "./period";

/** The flow measures of InvestmentEvent / InvestmentMonth, in the order the readers select them. */
const FLOW_MEASURES = ["newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst"] as const;

function measures(table: string, names: readonly string[]): Prisma.Sql {
  return Prisma.raw(names.map((m) => `${table}."${m}"`).join(", "));
}

function zoneKindFilter(scope: ReportScope, column: Prisma.Sql): Prisma.Sql {
  switch (scope.kind) {
    case "PROVINCE":
      return Prisma.sql`TRUE`;
    case "ALL_KCN":
      return Prisma.sql`${column} = 'KCN'`;
    case "ALL_CCN":
      return Prisma.sql`${column} = 'CCN'`;
    case "ZONE":
      return Prisma.sql`FALSE`;
  }
}

/** The first day of the month of `day`. */
function monthStart(day: Date): Date {
  return calendarDay(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
}

type Dim = { dim: "T" } | { dim: "C" | "V" };

/**
 * Rows (key, type, currency, …measures) whose sums are the measures over [from, to] in `scope`
 * (from null: since the first record): the month rows before the month of `to` and that month's
 * day rows up to it; one zone reads its own events (a zone has few). `key` is '' for dim T, the country or the VSIC section otherwise.
 * `names` picks the measures (default: the flows).
 */
function summedRowsSql(
  from: Date | null,
  to: Date,
  scope: ReportScope,
  dim: Dim["dim"] = "T",
  names: readonly string[] = FLOW_MEASURES,
): Prisma.Sql {
  const toDay = isoDay(to);
  const eventKey = dim === "T" ? Prisma.sql`''` : dim === "C" ? Prisma.sql`e.country::text` : Prisma.sql`e.vsic::text`;
  const fromSql = (column: Prisma.Sql) => (from ? Prisma.sql`${column} >= ${isoDay(from)}::date` : Prisma.sql`TRUE`);
  if (scope.kind === "ZONE") {
    return Prisma.sql`
      SELECT ${eventKey} AS key, e.type, e.currency, ${measures("e", names)}
      FROM "InvestmentEvent" e
      WHERE e."zoneId" = ${scope.zoneId}::int AND ${fromSql(Prisma.sql`e.day`)} AND e.day <= ${toDay}::date`;
  }
  const split = isoDay(monthStart(to));
  return Prisma.sql`
      SELECT m.key, m.type, m.currency, ${measures("m", names)}
      FROM "InvestmentMonth" m
      WHERE m.dim = ${dim} AND ${fromSql(Prisma.sql`m.month`)} AND m.month < ${split}::date AND ${zoneKindFilter(scope, Prisma.sql`m."zoneKind"`)}
      UNION ALL
      SELECT d.key, d.type, d.currency, ${measures("d", names)}
      FROM "InvestmentDay" d
      WHERE d.dim = ${dim} AND d.day >= ${split}::date AND d.day <= ${toDay}::date AND ${zoneKindFilter(scope, Prisma.sql`d."zoneKind"`)}`;
}

/** The period's flows (see the header), by type and currency. */
export function periodFlowsSql(period: ReportPeriod, scope: ReportScope, dim: Dim["dim"] = "T"): Prisma.Sql {
  return summedRowsSql(period.from, period.to, scope, dim);
}

/** The valid projects on `day` and their capital as of it, as rows to sum (validCount, validCapital). */
export function validOnSql(day: Date, scope: ReportScope): Prisma.Sql {
  return summedRowsSql(null, day, scope, "T", ["validCount", "validCapital"]);
}

// ---- zones: the leasing projects from ProjectTotal

/**
 * One row per (zone, type, currency) of the active (ACTIVE or EXTENDED) secondary projects inside
 * a zone, not archived, first issued by `asOf` (null: all): "zoneId", type, currency, leased
 * (Σ land), active (count), capital (registered capital as of asOf), jobs (Σ plannedJobs); only
 * the `zoneIds` when given. ProjectTotal minus the projects first issued after asOf, and the
 * capital less the amendments dated after it: the same projects as the list's
 * ccnSecondaryFilters (drilldown.ts). `zones`: a SELECT of the zone ids to cover (default: all).
 */
export function leasingByZoneSql(asOf: Date | null, zones?: Prisma.Sql): Prisma.Sql {
  const totalsIn = zones ? Prisma.sql`t."zoneKey" IN (${zones})` : Prisma.sql`t."zoneKey" <> 0`;
  const projectsIn = zones ? Prisma.sql`p."zoneId" IN (${zones})` : Prisma.sql`p."zoneId" IS NOT NULL`;
  const leasing = Prisma.sql`${projectsIn} AND p."isSecondary" AND p.status IN ('ACTIVE', 'EXTENDED') AND ${Prisma.join(projectConditions({ archived: "exclude" }), " AND ")}`;
  const day = asOf ? isoDay(asOf) : null;
  const corrections = day
    ? Prisma.sql`
      UNION ALL
      SELECT p."zoneId", p.type, p.currency, -p."landAreaHa", -1, -p."currentCapital", -p."plannedJobs"
      FROM "Project" p
      WHERE ${leasing} AND p."ircFirstIssuedOn" > ${day}::date
      UNION ALL
      SELECT p."zoneId", p.type, p.currency, 0, 0, -a."capitalDelta", 0
      FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE a."amendedOn" > ${day}::date AND ${leasing} AND p."ircFirstIssuedOn" <= ${day}::date`
    : Prisma.empty;
  return Prisma.sql`(
    SELECT x."zoneId", x.type, x.currency, sum(x.leased) AS leased, sum(x.active)::int AS active, sum(x.capital) AS capital, sum(x.jobs)::int AS jobs
    FROM (
      SELECT t."zoneKey" AS "zoneId", t.type, t.currency, t."landAreaHa" AS leased, t.projects AS active, t."currentCapital" AS capital, t."plannedJobs" AS jobs
      FROM "ProjectTotal" t
      WHERE ${totalsIn} AND t."isSecondary" AND t.status IN ('ACTIVE', 'EXTENDED')
      ${corrections}
    ) x
    GROUP BY x."zoneId", x.type, x.currency
    HAVING sum(x.active) <> 0
  )`;
}
