import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeDecimal, occupancySql, secondaryLeaseSql } from "@/lib/reports/zones";

export type ZoneCapacity = {
  /** The zone's leasable industrial land (ha), exact decimal text. */
  leasable: string;
  /** Land leased by the zone's other secondary ACTIVE/EXTENDED live projects (ha). */
  leasedOthers: string;
  /** leasedOthers + the land of the project being typed (ha). */
  after: string;
  /** after ÷ leasable, an exact ratio ("1.05" = 105%); null when the zone has no leasable land. */
  occupancyAfter: string | null;
  /** The zone would be past 100% of its leasable land (any land in a zone with none is over). */
  overFull: boolean;
};

type Row = { leasable: string; leasedOthers: string; after: string; occupancyAfter: string | null; overFull: boolean };

/**
 * What a project's land would do to its zone's occupancy, before it is saved. Leased land is the
 * occupancy reports' own rule (lib/reports/zones secondaryLeaseSql: Σ landAreaHa of the zone's
 * secondary ACTIVE/EXTENDED non-archived projects), leaving out `projectId` (the project being
 * edited) so that its stored land is not counted twice. NUMERIC arithmetic in PostgreSQL. The
 * project form warns on overFull; it never blocks.
 */
export async function checkZoneCapacity(
  actor: CurrentUser | null,
  input: { zoneId: number; landAreaHa: string; projectId?: number | null },
): Promise<ZoneCapacity> {
  assertCan(actor, "zones:read");
  // The project being edited, if it already leases land in this zone, is taken out of the sum.
  const own = Prisma.sql`(SELECT p."landAreaHa" FROM "Project" p WHERE p.id = ${input.projectId ?? 0}::int AND p."zoneId" = ${input.zoneId}::int
    AND p."isSecondary" AND p.status IN ('ACTIVE', 'EXTENDED') AND p."archivedAt" IS NULL)`;
  const others = Prisma.sql`(COALESCE(l.leased, 0) - COALESCE(${own}, 0))`;
  const after = Prisma.sql`(${others} + ${input.landAreaHa}::numeric)`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT z."leasableAreaHa"::text AS leasable,
           ${others}::text AS "leasedOthers",
           ${after}::text AS after,
           ${occupancySql(after, Prisma.sql`z."leasableAreaHa"`)}::text AS "occupancyAfter",
           ${after} > z."leasableAreaHa" AS "overFull"
    FROM "Zone" z
    LEFT JOIN ${secondaryLeaseSql({}, Prisma.sql`${input.zoneId}::int`)} l ON l."zoneId" = z.id
    WHERE z.id = ${input.zoneId}::int AND z."archivedAt" IS NULL`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return {
    leasable: normalizeDecimal(row.leasable) ?? "0",
    leasedOthers: normalizeDecimal(row.leasedOthers) ?? "0",
    after: normalizeDecimal(row.after) ?? "0",
    occupancyAfter: normalizeDecimal(row.occupancyAfter),
    overFull: row.overFull,
  };
}
