import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readSnapshot } from "@/lib/exports/stream-rows";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import { projectConditions } from "@/lib/projects/find-projects";
import { periodRange, type DrilldownFilters } from "@/lib/reports/drilldown";
import { isoDay, type ReportPeriod } from "@/lib/reports/period";

// The bulletin's project lists: every project behind a dashboard card. The WHERE is the projects
// list's own (projectConditions) with the card's drill-down filters, so a list holds exactly the
// projects the card counts (the golden bulletin test compares both with findProjects). The
// projects list pages 100 rows at a time and shows today's capital; a bulletin needs the capital
// the card adds up, so the columns are read here.
//
// At full scale the lists run to tens of thousands of rows, of which the PDF prints only the first
// few hundred. So each list is read twice in one snapshot: its count and first rows (for the
// document, at once), then every row through a cursor, straight into the XLSX.

export type PeriodProjectRow = {
  id: number;
  code: string;
  name: string;
  type: InvestmentType;
  investorName: string;
  country: string;
  zoneName: string | null;
  ircNumber: string;
  /** A calendar date, midnight UTC. */
  ircFirstIssuedOn: Date;
  currency: Currency;
  /** Exact decimal strings in `currency`. */
  initialCapital: string;
  /** Σ of the positive capital deltas dated in the period (0 when none). */
  addedInPeriod: string;
};

/** IV: the projects first issued in the period (the "new projects" card); V: those whose capital was increased in it. */
export type PeriodListKind = "newProjects" | "increases";

const LIST_FILTERS: Record<PeriodListKind, (range: { from: string; to: string }) => DrilldownFilters> = {
  newProjects: ({ from, to }) => ({ ircFrom: from, ircTo: to }),
  increases: ({ from, to }) => ({ increasedFrom: from, increasedTo: to }),
};

/**
 * Rows per fetch of a full list: 5,000 rows (a few MB) make 15 round trips for the 74k rows of the
 * benchmark instead of 74, which took 0.7-1.3 s off the bulletin on a busy 2-core machine.
 */
const LIST_BATCH = 5_000;

/** A list's first rows, in order, and how many it holds in all. */
export type PeriodListHead = { rows: PeriodProjectRow[]; total: number };

export type PeriodLists = Record<PeriodListKind, PeriodListHead> & {
  /** Every row of a list, in the heads' order and snapshot, a batch at a time; returns how many. Once per list. */
  stream(kind: PeriodListKind, onBatch: (rows: PeriodProjectRow[]) => Promise<void>): Promise<number>;
};

/** Amendment `a` adds capital in the period: a positive delta dated in it, as the increases card adds them. */
function addedInPeriod(period: ReportPeriod): Prisma.Sql {
  return Prisma.sql`a."capitalDelta" > 0 AND a."amendedOn" >= ${isoDay(period.from)}::date AND a."amendedOn" <= ${isoDay(period.to)}::date`;
}

const COLUMNS = Prisma.sql`p.id, p.code, p.name, p.type, i.name AS "investorName", p."originCountry"::text AS country,
  z.name AS "zoneName", p."ircNumber", p."ircFirstIssuedOn", p.currency, p."initialCapital"::text AS "initialCapital"`;

/**
 * The list's rows by IRC date then code (a unique order, so the first rows are the cursor's first).
 * Every row: the capital added is aggregated once for all projects and joined (one hash join);
 * MATERIALIZED, or a parallel plan rebuilds the aggregate in every worker (EXPLAIN at full scale:
 * loops=3, 615 ms for the increases against 444 ms, 347 against 171 ms for the new projects). The
 * first `limit` rows: it is summed per row from the project's own amendments, so that the few
 * rows printed do not wait for the aggregate of the whole period (a few ms instead of 0.5-0.9 s at
 * full scale). Both sum the same amendments (addedInPeriod).
 */
function listSql(where: Prisma.Sql, period: ReportPeriod, limit?: number): Prisma.Sql {
  const from = Prisma.sql`FROM "Project" p
    JOIN "Investor" i ON i.id = p."leadInvestorId"
    LEFT JOIN "Zone" z ON z.id = p."zoneId"`;
  const order = Prisma.sql`ORDER BY p."ircFirstIssuedOn", p.code`;
  if (limit !== undefined) {
    return Prisma.sql`
      SELECT ${COLUMNS},
        COALESCE((SELECT sum(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id AND ${addedInPeriod(period)}), 0)::text AS "addedInPeriod"
      ${from}
      WHERE ${where}
      ${order}
      LIMIT ${limit}`;
  }
  return Prisma.sql`
    WITH added AS MATERIALIZED (
      SELECT a."projectId", sum(a."capitalDelta") AS amount FROM "Amendment" a WHERE ${addedInPeriod(period)} GROUP BY a."projectId"
    )
    SELECT ${COLUMNS}, COALESCE(added.amount, 0)::text AS "addedInPeriod"
    ${from}
    LEFT JOIN added ON added."projectId" = p.id
    WHERE ${where}
    ${order}`;
}

/**
 * Reads both lists of `period` in one snapshot: their counts and first `headSize` rows, then hands
 * them to `work`, which may stream every row of each list once (lists.stream) until it returns.
 */
export async function readPeriodLists<R>(actor: CurrentUser | null, period: ReportPeriod, headSize: number, work: (lists: PeriodLists) => Promise<R>): Promise<R> {
  assertCan(actor, "projects:read");
  const range = periodRange(period);
  const where = (kind: PeriodListKind) => Prisma.join(projectConditions({ ...LIST_FILTERS[kind](range), archived: "exclude" }), " AND ");
  return readSnapshot(async (snapshot) => {
    const head = async (kind: PeriodListKind): Promise<PeriodListHead> => {
      const [[counted], rows] = await Promise.all([
        snapshot.rows<{ total: number }>(Prisma.sql`SELECT count(*)::int AS total FROM "Project" p WHERE ${where(kind)}`),
        snapshot.rows<PeriodProjectRow>(listSql(where(kind), period, headSize)),
      ]);
      return { rows, total: counted?.total ?? 0 };
    };
    const [newProjects, increases] = await Promise.all([head("newProjects"), head("increases")]);
    // Both full lists run now (their first batch), while the caller still waits for the figures.
    const cursor = (kind: PeriodListKind) => snapshot.open<PeriodProjectRow>(listSql(where(kind), period), { batch: LIST_BATCH });
    const cursors = { newProjects: cursor("newProjects"), increases: cursor("increases") };
    return work({ newProjects, increases, stream: (kind, onBatch) => cursors[kind].stream(onBatch) });
  });
}
