// Zone figures, computed from the records the way the board computes them (docs/domain.md,
// "How the figures are computed" → Zones, Occupancy). One place for the zones list, the zone page,
// the dashboard and the monthly bulletin: each reads its numbers through the SQL built here.
//
// Definitions (checked by lib/reports/zones.test.ts on a hand-built set):
// - LEASED land of a zone = Σ Project.landAreaHa over its secondary projects (isSecondary) whose
//   status is ACTIVE or EXTENDED and that are not archived; a TERMINATED, REVOKED or SUSPENDED
//   project holds no land. With `asOf`, projects first issued after that date are left out.
// - OCCUPANCY of a zone = leased ÷ leasable; a zone without leasable land has none (null, shown
//   "—"), never a division error.
// - ESTABLISHED: domain.md counts and sums "established" zones. A zone that OPERATES has
//   necessarily been established first (its establishing decision came before), so "established"
//   means status IN (ESTABLISHED, OPERATING) everywhere here: the count "number established"
//   includes the operating zones, and so do the area and the occupancy of a zone set. "Operating"
//   is its own count, a subset of it.
// - OCCUPANCY of a zone SET = Σ leased ÷ Σ leasable over its established zones (never an average
//   of percentages); planned zones are left out of both sums.
// - Archived zones count nowhere.
// All arithmetic is NUMERIC in PostgreSQL; results are exact decimal strings (no floats).
import "server-only";
import { Decimal } from "decimal.js";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";
import type { RateUsed } from "@/lib/rates/convert";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";
import { toMoney, type Group } from "./investment";
import { leasingByZoneSql } from "./summaries";

/** The statuses that count as "established" (see the header). */
export const ESTABLISHED_STATUSES = ["ESTABLISHED", "OPERATING"] as const satisfies readonly ZoneStatus[];
/** The project statuses whose land is leased. */
export const LEASING_PROJECT_STATUSES = ["ACTIVE", "EXTENDED"] as const;

export type ZoneReportOptions = {
  /** The report date: projects whose IRC was first issued after it are left out. Absent: every project. */
  asOf?: Date;
};

/** Leased land and active secondary projects of one zone. */
export type ZoneOccupancy = {
  zoneId: number;
  /** Exact decimal strings, hectares. */
  leasableHa: string;
  leasedHa: string;
  /** leased ÷ leasable as an exact decimal ratio ("0.75" = 75%); null when there is no leasable land. */
  occupancy: string | null;
  /** Active (ACTIVE or EXTENDED, not archived) secondary projects, and their FDI / DDI split. */
  activeSecondary: number;
  activeSecondaryFdi: number;
  activeSecondaryDdi: number;
};

/** The occupancy of a set of zones, over its established zones only. */
export type ZoneSetOccupancy = {
  /** How many established zones the sums run over. */
  establishedZones: number;
  leasableHa: string;
  leasedHa: string;
  /** Σ leased ÷ Σ leasable; null when the established zones have no leasable land (or there are none). */
  occupancy: string | null;
};

/** The bulletin's zone figures for one kind (KCN or CCN). */
export type ZoneKindFigures = {
  kind: ZoneKind;
  /** Zones of this kind, not archived. */
  total: number;
  inPlan2030: number;
  /** ESTABLISHED or OPERATING. */
  established: number;
  operating: number;
  planned: number;
  /** Σ total area of the established zones, hectares. */
  establishedAreaHa: string;
  infrastructureBasicallyComplete: number;
  /** Zones whose priority period (priorityFromYear–priorityToYear) contains the report year. */
  prioritised: number;
  /** Of those, how many have an approved detailed construction plan. */
  prioritisedWithApprovedPlan: number;
  occupancy: ZoneSetOccupancy;
  /** Active secondary projects in the established zones of this kind. */
  activeSecondary: number;
  activeSecondaryFdi: number;
  activeSecondaryDdi: number;
};

/**
 * The secondary projects in clusters (docs/domain.md "Secondary projects in clusters"): active
 * (ACTIVE or EXTENDED) secondary projects, not archived, inside any industrial cluster, first
 * issued by the report date, counted with the projects list's own clauses (drilldown.ts
 * ccnSecondaryFilters), so each count opens a list of exactly those projects. Unlike
 * ZoneKindFigures.activeSecondary (the land-leasing view: established clusters only) a project in
 * a planned cluster counts here. Capital is the registered capital as of the report date
 * (currentCapital − Σ amendments dated after it), per recorded currency; FDI reads
 * capital.totalUsd, DDI capital.vnd.
 */
export type CcnSecondaryFigures = {
  FDI: Group;
  DDI: Group;
  /** Σ plannedJobs of all of them (FDI and DDI). */
  jobs: number;
  /** The rate that converted VND in FDI's totalUsd (in force on the report date). */
  rate: RateUsed | null;
};

export type ZoneFigures = {
  /** The year whose priority periods were asked about. */
  year: number;
  asOf: Date | null;
  KCN: ZoneKindFigures;
  CCN: ZoneKindFigures;
  ccnSecondary: CcnSecondaryFigures;
};

/** An exact decimal string without trailing zeros ("0.06250000" → "0.0625"); null stays null. */
export function normalizeDecimal(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toFixed();
}

/** `s IN ('ESTABLISHED','OPERATING')` for a zone-status column. */
export function establishedSql(status: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${status} IN (${Prisma.join(ESTABLISHED_STATUSES.map((s) => Prisma.sql`${s}::"ZoneStatus"`))})`;
}

/** The zone `z`'s priority period contains `year`: the zones list's `prioritisedIn` filter counts with it too. */
export function prioritisedInSql(year: number): Prisma.Sql {
  return Prisma.sql`(z."priorityFromYear" IS NOT NULL AND z."priorityToYear" IS NOT NULL AND z."priorityFromYear" <= ${year}::int AND z."priorityToYear" >= ${year}::int)`;
}

/** `CASE WHEN leasable > 0 THEN leased / leasable END`: no division by zero, null for no land. */
export function occupancySql(leased: Prisma.Sql, leasable: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${leasable} > 0 THEN ${leased} / ${leasable} END)`;
}

/**
 * A derived table, one row per zone with at least one leasing secondary project:
 * ("zoneId", leased numeric, active int, fdi int, ddi int). LEFT JOIN it and COALESCE to 0.
 * `zones` optionally narrows the zones it covers: a list of ids or a SELECT of them, for `IN (…)`.
 * Read from the summaries (summaries.ts leasingByZoneSql), not by summing every project.
 */
export function secondaryLeaseSql(options: ZoneReportOptions = {}, zones?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(
    SELECT s."zoneId",
           sum(s.leased) AS leased,
           sum(s.active)::int AS active,
           COALESCE(sum(s.active) FILTER (WHERE s.type = 'FDI'), 0)::int AS fdi,
           COALESCE(sum(s.active) FILTER (WHERE s.type = 'DDI'), 0)::int AS ddi
    FROM ${leasingByZoneSql(options.asOf ?? null, zones)} s
    GROUP BY s."zoneId"
  )`;
}

type OccupancyRow = { zoneId: number; leasableHa: string; leasedHa: string; occupancy: string | null; active: number; fdi: number; ddi: number };

/**
 * Leased land, occupancy and active secondary projects of the given zones (archived ones too, if
 * asked by id), in the order of the ids; unknown ids are left out.
 */
export async function getZoneOccupancies(actor: CurrentUser | null, zoneIds: readonly number[], options: ZoneReportOptions = {}): Promise<ZoneOccupancy[]> {
  assertCan(actor, "zones:read");
  if (zoneIds.length === 0) return [];
  const ids = Prisma.join(zoneIds.map((id) => Prisma.sql`${id}::int`));
  const rows = await db.$queryRaw<OccupancyRow[]>`
    SELECT z.id AS "zoneId", z."leasableAreaHa"::text AS "leasableHa", COALESCE(l.leased, 0)::text AS "leasedHa",
           ${occupancySql(Prisma.sql`COALESCE(l.leased, 0)`, Prisma.sql`z."leasableAreaHa"`)}::text AS occupancy,
           COALESCE(l.active, 0) AS active, COALESCE(l.fdi, 0) AS fdi, COALESCE(l.ddi, 0) AS ddi
    FROM "Zone" z
    LEFT JOIN ${secondaryLeaseSql(options, ids)} l ON l."zoneId" = z.id
    WHERE z.id IN (${ids})`;
  const byId = new Map(rows.map((r) => [r.zoneId, r]));
  return zoneIds.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        zoneId: r.zoneId,
        leasableHa: normalizeDecimal(r.leasableHa) ?? "0",
        leasedHa: normalizeDecimal(r.leasedHa) ?? "0",
        occupancy: normalizeDecimal(r.occupancy),
        activeSecondary: r.active,
        activeSecondaryFdi: r.fdi,
        activeSecondaryDdi: r.ddi,
      },
    ];
  });
}

type SetRow = { establishedZones: number; leasableHa: string; leasedHa: string; occupancy: string | null };

/**
 * The occupancy of a set of zones: by kind, by explicit ids, or all zones when neither is given.
 * Only the established zones of the set enter the sums.
 */
export async function getZoneSetOccupancy(
  actor: CurrentUser | null,
  set: { kind?: ZoneKind; zoneIds?: readonly number[] } = {},
  options: ZoneReportOptions = {},
): Promise<ZoneSetOccupancy> {
  assertCan(actor, "zones:read");
  const where: Prisma.Sql[] = [Prisma.sql`z."archivedAt" IS NULL`, establishedSql(Prisma.sql`z.status`)];
  if (set.kind) where.push(Prisma.sql`z.kind = ${set.kind}::"ZoneKind"`);
  if (set.zoneIds) {
    if (set.zoneIds.length === 0) return { establishedZones: 0, leasableHa: "0", leasedHa: "0", occupancy: null };
    where.push(Prisma.sql`z.id IN (${Prisma.join(set.zoneIds.map((id) => Prisma.sql`${id}::int`))})`);
  }
  const [row] = await db.$queryRaw<SetRow[]>`
    SELECT count(*)::int AS "establishedZones",
           COALESCE(sum(z."leasableAreaHa"), 0)::text AS "leasableHa",
           COALESCE(sum(COALESCE(l.leased, 0)), 0)::text AS "leasedHa",
           ${occupancySql(Prisma.sql`COALESCE(sum(COALESCE(l.leased, 0)), 0)`, Prisma.sql`COALESCE(sum(z."leasableAreaHa"), 0)`)}::text AS occupancy
    FROM "Zone" z
    LEFT JOIN ${secondaryLeaseSql(options)} l ON l."zoneId" = z.id
    WHERE ${Prisma.join(where, " AND ")}`;
  return {
    establishedZones: row?.establishedZones ?? 0,
    leasableHa: normalizeDecimal(row?.leasableHa ?? "0") ?? "0",
    leasedHa: normalizeDecimal(row?.leasedHa ?? "0") ?? "0",
    occupancy: normalizeDecimal(row?.occupancy ?? null),
  };
}

type FiguresRow = {
  kind: ZoneKind;
  total: number;
  inPlan2030: number;
  established: number;
  operating: number;
  planned: number;
  establishedAreaHa: string;
  basicallyComplete: number;
  prioritised: number;
  prioritisedApproved: number;
  establishedCount: number;
  leasableHa: string;
  leasedHa: string;
  occupancy: string | null;
  active: number;
  fdi: number;
  ddi: number;
  /** The CCN secondary projects per (type, currency): the same on both rows. */
  ccn: SecondaryRow[];
};

/**
 * The bulletin's zone figures per kind, in one statement: counts in plan / established / operating,
 * the established area, "basically complete" infrastructure, the zones prioritised in `year` (their
 * period contains it; default: the year of `asOf`, else the current year) and how many of them have
 * an approved construction plan, and the occupancy of the kind's established zones.
 */
export async function getZoneFigures(actor: CurrentUser | null, options: ZoneReportOptions & { year?: number } = {}): Promise<ZoneFigures> {
  assertCan(actor, "zones:read");
  const year = options.year ?? (options.asOf ?? new Date()).getUTCFullYear();
  const est = establishedSql(Prisma.sql`z.status`);
  const prioritised = prioritisedInSql(year);
  const leased = Prisma.sql`COALESCE(sum(COALESCE(l.leased, 0)) FILTER (WHERE ${est}), 0)`;
  const leasable = Prisma.sql`COALESCE(sum(z."leasableAreaHa") FILTER (WHERE ${est}), 0)`;
  const asOf = options.asOf ?? null;
  // ONE statement: the leasing projects per (zone, type, currency), from the summaries, for the
  // leased land of every zone and for the CCN secondary projects (in any cluster, as the list's zone=CCN).
  const [rows, rate] = await Promise.all([
    db.$queryRaw<FiguresRow[]>`
    WITH sp AS ${leasingByZoneSql(asOf)},
    l AS (
      SELECT sp."zoneId", sum(sp.leased) AS leased, sum(sp.active) AS active,
             COALESCE(sum(sp.active) FILTER (WHERE sp.type = 'FDI'), 0) AS fdi, COALESCE(sum(sp.active) FILTER (WHERE sp.type = 'DDI'), 0) AS ddi
      FROM sp GROUP BY sp."zoneId"
    ),
    ccn AS (
      SELECT sp.type, sp.currency, sum(sp.active)::int AS count, sum(sp.capital)::text AS capital, sum(sp.jobs)::int AS jobs
      FROM sp WHERE sp."zoneId" IN (SELECT zk.id FROM "Zone" zk WHERE zk.kind = 'CCN')
      GROUP BY sp.type, sp.currency
    )
    SELECT k.kind::text AS kind,
           count(z.id)::int AS total,
           (count(*) FILTER (WHERE z."inPlan2030"))::int AS "inPlan2030",
           (count(*) FILTER (WHERE ${est}))::int AS established,
           (count(*) FILTER (WHERE z.status = 'OPERATING'))::int AS operating,
           (count(*) FILTER (WHERE z.status = 'PLANNED'))::int AS planned,
           COALESCE(sum(z."totalAreaHa") FILTER (WHERE ${est}), 0)::text AS "establishedAreaHa",
           (count(*) FILTER (WHERE z."infrastructureStatus" = 'BASICALLY_COMPLETE'))::int AS "basicallyComplete",
           (count(*) FILTER (WHERE ${prioritised}))::int AS prioritised,
           (count(*) FILTER (WHERE ${prioritised} AND z."constructionPlanApproved"))::int AS "prioritisedApproved",
           (count(*) FILTER (WHERE ${est}))::int AS "establishedCount",
           ${leasable}::text AS "leasableHa",
           ${leased}::text AS "leasedHa",
           ${occupancySql(leased, leasable)}::text AS occupancy,
           COALESCE(sum(l.active) FILTER (WHERE ${est}), 0)::int AS active,
           COALESCE(sum(l.fdi) FILTER (WHERE ${est}), 0)::int AS fdi,
           COALESCE(sum(l.ddi) FILTER (WHERE ${est}), 0)::int AS ddi,
           (SELECT COALESCE(json_agg(ccn), '[]'::json) FROM ccn) AS ccn
    FROM (VALUES ('KCN'::"ZoneKind"), ('CCN'::"ZoneKind")) AS k(kind)
    LEFT JOIN "Zone" z ON z.kind = k.kind AND z."archivedAt" IS NULL
    LEFT JOIN l ON l."zoneId" = z.id
    GROUP BY k.kind`,
    getRateFor(asOf ?? todayInVietnam()),
  ]);
  const of = (kind: ZoneKind): ZoneKindFigures => {
    const r = rows.find((row) => row.kind === kind);
    if (!r) throw new Error(`no zone figures for ${kind}`);
    return {
      kind,
      total: r.total,
      inPlan2030: r.inPlan2030,
      established: r.established,
      operating: r.operating,
      planned: r.planned,
      establishedAreaHa: normalizeDecimal(r.establishedAreaHa) ?? "0",
      infrastructureBasicallyComplete: r.basicallyComplete,
      prioritised: r.prioritised,
      prioritisedWithApprovedPlan: r.prioritisedApproved,
      occupancy: {
        establishedZones: r.establishedCount,
        leasableHa: normalizeDecimal(r.leasableHa) ?? "0",
        leasedHa: normalizeDecimal(r.leasedHa) ?? "0",
        occupancy: normalizeDecimal(r.occupancy),
      },
      activeSecondary: r.active,
      activeSecondaryFdi: r.fdi,
      activeSecondaryDdi: r.ddi,
    };
  };
  return { year, asOf, KCN: of("KCN"), CCN: of("CCN"), ccnSecondary: ccnSecondary(rows[0]?.ccn ?? [], rate) };
}

type SecondaryRow = { type: InvestmentType; currency: Currency; count: number; capital: string; jobs: number };

function ccnSecondary(rows: SecondaryRow[], rate: RateUsed | null): CcnSecondaryFigures {
  const group = (type: InvestmentType): Group => {
    const of = (currency: Currency) => rows.find((r) => r.type === type && r.currency === currency);
    return {
      count: (of("USD")?.count ?? 0) + (of("VND")?.count ?? 0),
      capital: toMoney(of("USD")?.capital ?? "0", of("VND")?.capital ?? "0", rate),
    };
  };
  return { FDI: group("FDI"), DDI: group("DDI"), jobs: rows.reduce((n, r) => n + r.jobs, 0), rate };
}
