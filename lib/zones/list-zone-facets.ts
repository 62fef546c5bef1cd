import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { ZoneKind } from "@/lib/generated/prisma/enums";

export type ZoneFacets = {
  /** Each district with the kinds of zone it has, in Vietnamese order. */
  districts: { name: string; kinds: ZoneKind[] }[];
  /** The priority periods in use, "2021-2025", earliest first. */
  periods: string[];
};

/** The values the zones list's district and priority filters offer: those that occur in live zones. */
export async function listZoneFacets(actor: CurrentUser | null): Promise<ZoneFacets> {
  assertCan(actor, "zones:read");
  const [districts, periods] = await Promise.all([
    db.$queryRaw<{ name: string; kinds: ZoneKind[] }[]>`
      SELECT z.district AS name, array_agg(DISTINCT z.kind::text) AS kinds FROM "Zone" z
      WHERE z."archivedAt" IS NULL GROUP BY z.district ORDER BY z.district`,
    db.$queryRaw<{ period: string }[]>`
      SELECT DISTINCT z."priorityFromYear"::text || '-' || z."priorityToYear"::text AS period, z."priorityFromYear", z."priorityToYear" FROM "Zone" z
      WHERE z."archivedAt" IS NULL AND z."priorityFromYear" IS NOT NULL AND z."priorityToYear" IS NOT NULL
      ORDER BY z."priorityFromYear", z."priorityToYear"`,
  ]);
  const collator = new Intl.Collator("vi");
  return { districts: [...districts].sort((a, b) => collator.compare(a.name, b.name)), periods: periods.map((p) => p.period) };
}
