import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { vietnameseCollation } from "@/lib/data-table/collation";
import { offsetOf, toPage, type Page } from "@/lib/data-table/paging";
import { escapeLike } from "@/lib/data-table/search";
import type { SortDir } from "@/lib/data-table/url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InfrastructureStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";
import { establishedSql, normalizeDecimal, occupancySql, prioritisedInSql, secondaryLeaseSql, type ZoneReportOptions, type ZoneSetOccupancy } from "@/lib/reports/zones";
import { PRIORITY_ANY, PRIORITY_NONE, zoneListParamsSchema, type ZoneFilters, type ZoneListInput, type ZoneSortKey } from "./list-params";

export type ZoneListRow = {
  id: number;
  code: string;
  name: string;
  kind: ZoneKind;
  status: ZoneStatus;
  district: string;
  /** Exact decimal strings, hectares. */
  totalAreaHa: string;
  leasableAreaHa: string;
  leasedHa: string;
  /** leased ÷ leasable (a ratio); null without leasable land. See lib/reports/zones.ts. */
  occupancy: string | null;
  activeSecondary: number;
  activeSecondaryFdi: number;
  activeSecondaryDdi: number;
  /** From the latest progress entry: cleared ÷ to clear (a ratio); null without an entry or land to clear. */
  clearance: string | null;
  landClearedHa: string | null;
  landToClearHa: string | null;
  /** The latest progress entry's date (midnight UTC), null without one. */
  progressOn: Date | null;
  infrastructureStatus: InfrastructureStatus;
};

/** The summary strip: the zones the filters match, over all pages. */
export type ZoneListSummary = {
  count: number;
  byStatus: Record<ZoneStatus, number>;
  /** Σ total area of the matching zones, and of the established (or operating) ones among them. */
  totalAreaHa: string;
  establishedAreaHa: string;
  /** Σ leased ÷ Σ leasable over the established (or operating) zones among them. */
  occupancy: ZoneSetOccupancy;
};

export type ZoneList = Page<ZoneListRow> & { summary: ZoneListSummary };

/** One zone's columns as zoneRowsSql reads them (also the zones export's rows). */
export type ZoneSqlRow = {
  code: string;
  name: string;
  kind: ZoneKind;
  status: ZoneStatus;
  district: string;
  total: string;
  leasable: string;
  leased: string;
  occupancy: string | null;
  active: number;
  fdi: number;
  ddi: number;
  clearance: string | null;
  cleared: string | null;
  to_clear: string | null;
  progress_on: Date | null;
  infra: InfrastructureStatus;
};

type RawRow = ZoneSqlRow & {
  s_count: number;
  s_planned: number;
  s_established: number;
  s_operating: number;
  s_total: string;
  s_est_total: string;
  s_est_count: number;
  s_est_leasable: string;
  s_est_leased: string;
  s_est_occupancy: string | null;
  id: number | null;
};

/** The WHERE conditions of the filters, on `"Zone" z` alone; every value a bound parameter. Archived zones are never listed. */
export function zoneConditions(filters: ZoneFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`z."archivedAt" IS NULL`];
  if (filters.kind) where.push(Prisma.sql`z.kind = ${filters.kind}::"ZoneKind"`);
  if (filters.status && filters.status.length > 0) {
    where.push(Prisma.sql`z.status IN (${Prisma.join(filters.status.map((s) => Prisma.sql`${s}::"ZoneStatus"`))})`);
  }
  if (filters.district) where.push(Prisma.sql`z.district = ${filters.district}`);
  if (filters.inPlan) where.push(filters.inPlan === "yes" ? Prisma.sql`z."inPlan2030"` : Prisma.sql`NOT z."inPlan2030"`);
  const priority = filters.priority;
  if (priority === PRIORITY_ANY) where.push(Prisma.sql`z."priorityFromYear" IS NOT NULL`);
  else if (priority === PRIORITY_NONE) where.push(Prisma.sql`z."priorityFromYear" IS NULL`);
  else if (priority) {
    where.push(Prisma.sql`z."priorityFromYear" = ${Number(priority.slice(0, 4))}::int AND z."priorityToYear" = ${Number(priority.slice(5, 9))}::int`);
  }
  if (filters.prioritisedIn !== undefined) where.push(prioritisedInSql(filters.prioritisedIn));
  if (filters.planApproved) where.push(filters.planApproved === "yes" ? Prisma.sql`z."constructionPlanApproved"` : Prisma.sql`NOT z."constructionPlanApproved"`);
  if (filters.infra && filters.infra.length > 0) {
    where.push(Prisma.sql`z."infrastructureStatus" IN (${Prisma.join(filters.infra.map((s) => Prisma.sql`${s}::"InfrastructureStatus"`))})`);
  }
  const q = filters.q?.trim();
  if (q) {
    // Accent- and case-insensitive ("phuoc" finds "Phước"); % and _ typed by the user match themselves.
    where.push(Prisma.sql`unaccent(z.code || ' ' || z.name) ILIKE '%' || unaccent(${escapeLike(q)}::text) || '%'`);
  }
  return where;
}

/**
 * Every zone the conditions match, one row per zone with its figures (`f` of findZones; also
 * streamed by lib/exports): leased land from lib/reports/zones, clearance from the latest progress.
 */
export function zoneRowsSql(conditions: Prisma.Sql[], options: ZoneReportOptions): Prisma.Sql {
  // With filters, only the matching zones' projects are summed (the list's cost is that sum).
  const leaseZones = conditions.length > 1 ? Prisma.sql`SELECT z.id FROM "Zone" z WHERE ${Prisma.join(conditions, " AND ")}` : undefined;
  return Prisma.sql`
      SELECT z.id, z.code, z.name, z.kind, z.status, z.district, z."totalAreaHa" AS total, z."leasableAreaHa" AS leasable,
             COALESCE(l.leased, 0) AS leased,
             ${occupancySql(Prisma.sql`COALESCE(l.leased, 0)`, Prisma.sql`z."leasableAreaHa"`)} AS occupancy,
             COALESCE(l.active, 0) AS active, COALESCE(l.fdi, 0) AS fdi, COALESCE(l.ddi, 0) AS ddi,
             lp."landClearedHa" AS cleared, lp."landToClearHa" AS to_clear, lp."reportedOn" AS progress_on,
             ${occupancySql(Prisma.sql`lp."landClearedHa"`, Prisma.sql`lp."landToClearHa"`)} AS clearance,
             z."infrastructureStatus" AS infra
      FROM "Zone" z
      LEFT JOIN ${secondaryLeaseSql(options, leaseZones)} l ON l."zoneId" = z.id
      LEFT JOIN LATERAL (
        SELECT u."landClearedHa", u."landToClearHa", u."reportedOn" FROM "ZoneProgressUpdate" u
        WHERE u."zoneId" = z.id ORDER BY u."reportedOn" DESC, u.id DESC LIMIT 1
      ) lp ON true
      WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** ORDER BY over the filtered rows `f` for a whitelisted key; ties break on the id in the same direction (also used by lib/exports). */
export function orderBy(key: ZoneSortKey, dir: SortDir, collate: Prisma.Sql): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const by = (part: Prisma.Sql) => Prisma.sql`${part} ${d}, f.id ${d}`;
  // Figures that may be missing ("—") come last in both directions.
  const byNullsLast = (part: Prisma.Sql) => Prisma.sql`${part} ${d} NULLS LAST, f.id ${d}`;
  switch (key) {
    case "code":
      return by(Prisma.sql`f.code`);
    case "name":
      return by(Prisma.sql`f.name ${collate}`);
    case "kind":
      return by(Prisma.sql`f.kind`);
    case "status":
      return by(Prisma.sql`f.status`);
    case "district":
      return by(Prisma.sql`f.district ${collate}`);
    case "totalArea":
      return by(Prisma.sql`f.total`);
    case "leasable":
      return by(Prisma.sql`f.leasable`);
    case "leased":
      return by(Prisma.sql`f.leased`);
    case "occupancy":
      return byNullsLast(Prisma.sql`f.occupancy`);
    case "projects":
      return by(Prisma.sql`f.active`);
    case "clearance":
      return byNullsLast(Prisma.sql`f.clearance`);
    case "infrastructure":
      return by(Prisma.sql`f.infra`);
    default:
      return unknownSort(key);
  }
}

function unknownSort(key: never): never {
  void key;
  throw new AppError("VALIDATION", { sort: [{ key: "invalid" }] });
}

/**
 * One page of the zones list and the summary of every zone the filters match, in ONE statement:
 * the leased land comes from lib/reports/zones (the same definition as the dashboard's), the land
 * clearance from each zone's latest progress entry. Validated strictly (parse URLs with
 * parseZoneListParams first); a page past the end has no rows and the true count.
 */
export async function findZones(actor: CurrentUser | null, input: ZoneListInput, options: ZoneReportOptions = {}): Promise<ZoneList> {
  assertCan(actor, "zones:read");
  const parsed = zoneListParamsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", toFieldErrors(parsed.error));
  const params = parsed.data;
  const collate = params.sort === "name" || params.sort === "district" ? await vietnameseCollation() : Prisma.empty;
  const order = orderBy(params.sort, params.dir, collate);
  const est = establishedSql(Prisma.sql`f.status`);
  const estLeased = Prisma.sql`COALESCE(sum(f.leased) FILTER (WHERE ${est}), 0)`;
  const estLeasable = Prisma.sql`COALESCE(sum(f.leasable) FILTER (WHERE ${est}), 0)`;
  const conditions = zoneConditions(params);

  const rows = await db.$queryRaw<RawRow[]>`
    WITH f AS (
      ${zoneRowsSql(conditions, options)}
    ),
    s AS (
      SELECT count(*)::int AS s_count,
             (count(*) FILTER (WHERE f.status = 'PLANNED'))::int AS s_planned,
             (count(*) FILTER (WHERE f.status = 'ESTABLISHED'))::int AS s_established,
             (count(*) FILTER (WHERE f.status = 'OPERATING'))::int AS s_operating,
             COALESCE(sum(f.total), 0)::text AS s_total,
             COALESCE(sum(f.total) FILTER (WHERE ${est}), 0)::text AS s_est_total,
             (count(*) FILTER (WHERE ${est}))::int AS s_est_count,
             ${estLeasable}::text AS s_est_leasable,
             ${estLeased}::text AS s_est_leased,
             ${occupancySql(estLeased, estLeasable)}::text AS s_est_occupancy
      FROM f
    ),
    page AS (
      SELECT f.*, row_number() OVER (ORDER BY ${order}) AS ord FROM f
      ORDER BY ${order}
      LIMIT ${params.perPage} OFFSET ${offsetOf(params.page, params.perPage)}
    )
    SELECT s.*, page.id, page.code, page.name, page.kind, page.status, page.district,
           page.total::text AS total, page.leasable::text AS leasable, page.leased::text AS leased,
           page.occupancy::text AS occupancy, page.active, page.fdi, page.ddi,
           page.clearance::text AS clearance, page.cleared::text AS cleared, page.to_clear::text AS to_clear,
           page.progress_on, page.infra
    FROM s LEFT JOIN page ON true
    ORDER BY page.ord`;

  const head = rows[0];
  const data = rows
    .filter((r): r is RawRow & { id: number } => r.id !== null)
    .map(
      (r): ZoneListRow => ({
        id: r.id,
        code: r.code,
        name: r.name,
        kind: r.kind,
        status: r.status,
        district: r.district,
        totalAreaHa: normalizeDecimal(r.total) ?? "0",
        leasableAreaHa: normalizeDecimal(r.leasable) ?? "0",
        leasedHa: normalizeDecimal(r.leased) ?? "0",
        occupancy: normalizeDecimal(r.occupancy),
        activeSecondary: r.active,
        activeSecondaryFdi: r.fdi,
        activeSecondaryDdi: r.ddi,
        clearance: normalizeDecimal(r.clearance),
        landClearedHa: normalizeDecimal(r.cleared),
        landToClearHa: normalizeDecimal(r.to_clear),
        progressOn: r.progress_on,
        infrastructureStatus: r.infra,
      }),
    );
  const count = head?.s_count ?? 0;
  const summary: ZoneListSummary = {
    count,
    byStatus: { PLANNED: head?.s_planned ?? 0, ESTABLISHED: head?.s_established ?? 0, OPERATING: head?.s_operating ?? 0 },
    totalAreaHa: normalizeDecimal(head?.s_total ?? "0") ?? "0",
    establishedAreaHa: normalizeDecimal(head?.s_est_total ?? "0") ?? "0",
    occupancy: {
      establishedZones: head?.s_est_count ?? 0,
      leasableHa: normalizeDecimal(head?.s_est_leasable ?? "0") ?? "0",
      leasedHa: normalizeDecimal(head?.s_est_leased ?? "0") ?? "0",
      occupancy: normalizeDecimal(head?.s_est_occupancy ?? null),
    },
  };
  return { ...toPage(data, count, params.page, params.perPage), summary };
}
