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
import { projectConditions } from "@/lib/projects/find-projects";
import type { RateUsed } from "@/lib/rates/convert";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";
import { ccnSecondaryFilters } from "./drilldown";
import { toMoney, type Group } from "./investment";

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
 * `zoneFilter` optionally narrows the zones it aggregates (a condition on `p."zoneId"`).
 */
export function secondaryLeaseSql(options: ZoneReportOptions = {}, zoneFilter: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const asOf = options.asOf ? Prisma.sql`AND p."ircFirstIssuedOn" <= ${isoDay(options.asOf)}::date` : Prisma.empty;
  return Prisma.sql`(
    SELECT p."zoneId",
           sum(p."landAreaHa") AS leased,
           count(*)::int AS active,
           (count(*) FILTER (WHERE p.type = 'FDI'))::int AS fdi,
           (count(*) FILTER (WHERE p.type = 'DDI'))::int AS ddi
    FROM "Project" p
    WHERE p."zoneId" IS NOT NULL AND p."isSecondary" AND p."archivedAt" IS NULL
      AND p.status IN ('ACTIVE'::"ProjectStatus", 'EXTENDED'::"ProjectStatus")
      ${asOf} ${zoneFilter}
    GROUP BY p."zoneId"
  )`;
}

/** yyyy-MM-dd of a calendar date held as midnight UTC (as lib/format and the date columns do). */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
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
    LEFT JOIN ${secondaryLeaseSql(options, Prisma.sql`AND p."zoneId" IN (${ids})`)} l ON l."zoneId" = z.id
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
  const [rows, ccnSecondary] = await Promise.all([db.$queryRaw<FiguresRow[]>`
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
           COALESCE(sum(l.ddi) FILTER (WHERE ${est}), 0)::int AS ddi
    FROM (VALUES ('KCN'::"ZoneKind"), ('CCN'::"ZoneKind")) AS k(kind)
    LEFT JOIN "Zone" z ON z.kind = k.kind AND z."archivedAt" IS NULL
    LEFT JOIN ${secondaryLeaseSql(options)} l ON l."zoneId" = z.id
    GROUP BY k.kind`, getCcnSecondary(options.asOf ?? null)]);
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
  return { year, asOf: options.asOf ?? null, KCN: of("KCN"), CCN: of("CCN"), ccnSecondary };
}

type SecondaryRow = { type: InvestmentType; currency: Currency; count: number; capital: string; jobs: number };

/** CcnSecondaryFigures as of `asOf` (null: every project, today's capital and rate). */
async function getCcnSecondary(asOf: Date | null): Promise<CcnSecondaryFigures> {
  const after = asOf
    ? Prisma.sql`(SELECT a."projectId", sum(a."capitalDelta") AS delta FROM "Amendment" a WHERE a."amendedOn" > ${isoDay(asOf)}::date GROUP BY a."projectId")`
    : Prisma.sql`(SELECT NULL::int AS "projectId", NULL::numeric AS delta WHERE FALSE)`;
  const [rows, rate] = await Promise.all([
    db.$queryRaw<SecondaryRow[]>`
      SELECT p.type, p.currency, count(*)::int AS count,
             COALESCE(sum(p."currentCapital" - COALESCE(l.delta, 0)), 0)::text AS capital,
             COALESCE(sum(p."plannedJobs"), 0)::int AS jobs
      FROM "Project" p
      LEFT JOIN ${after} l ON l."projectId" = p.id
      WHERE ${Prisma.join(projectConditions(ccnSecondaryFilters(asOf)), " AND ")}
      GROUP BY p.type, p.currency`,
    getRateFor(asOf ?? todayInVietnam()),
  ]);
  const group = (type: InvestmentType): Group => {
    const of = (currency: Currency) => rows.find((r) => r.type === type && r.currency === currency);
    return {
      count: (of("USD")?.count ?? 0) + (of("VND")?.count ?? 0),
      capital: toMoney(of("USD")?.capital ?? "0", of("VND")?.capital ?? "0", rate),
    };
  };
  return { FDI: group("FDI"), DDI: group("DDI"), jobs: rows.reduce((n, r) => n + r.jobs, 0), rate };
}
