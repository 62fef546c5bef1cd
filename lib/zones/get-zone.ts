import "server-only";
import { Decimal } from "decimal.js";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { getZoneOccupancies, normalizeDecimal, type ZoneOccupancy } from "@/lib/reports/zones";
import type { ZoneRow } from "./zone-row";

export type ZoneProgressPoint = {
  id: number;
  /** A calendar date (midnight UTC). */
  reportedOn: Date;
  /** Exact decimal strings. */
  landClearedHa: string;
  landToClearHa: string;
  /** cleared ÷ to clear, a ratio; null when there is nothing to clear. */
  clearance: string | null;
  /** Percent, 0–100. */
  infrastructurePct: string;
  note: string | null;
};

export type ZoneDetail = ZoneRow & {
  createdAt: Date;
  updatedAt: Date;
  /** Leased land, occupancy and active secondary projects (lib/reports/zones.ts). */
  occupancy: ZoneOccupancy;
  /** True when the active secondary projects lease more than the leasable land (over 100%, or any land on none). */
  overfull: boolean;
  /** Oldest first, as the chart draws them. */
  progress: ZoneProgressPoint[];
};

type ProgressRow = { id: number; reportedOn: Date; cleared: string; toClear: string; clearance: string | null; pct: string; note: string | null };

/**
 * Everything the zone page shows: the zone, its occupancy (the report's definition) and its
 * progress history, read in parallel. An unknown or archived id → null (the page answers 404).
 */
export async function getZone(actor: CurrentUser | null, id: number): Promise<ZoneDetail | null> {
  assertCan(actor, "zones:read");
  const [zone, occupancies, progress] = await Promise.all([
    db.zone.findFirst({
      where: { id, archivedAt: null },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        district: true,
        status: true,
        inPlan2030: true,
        priorityFromYear: true,
        priorityToYear: true,
        establishingDecisionNo: true,
        establishingDecisionDate: true,
        infrastructureInvestor: true,
        totalAreaHa: true,
        leasableAreaHa: true,
        constructionPlanApproved: true,
        infrastructureStatus: true,
        version: true,
        archivedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    getZoneOccupancies(actor, [id]),
    db.$queryRaw<ProgressRow[]>`
      SELECT u.id, u."reportedOn", u."landClearedHa"::text AS cleared, u."landToClearHa"::text AS "toClear",
             (CASE WHEN u."landToClearHa" > 0 THEN u."landClearedHa" / u."landToClearHa" END)::text AS clearance,
             u."infrastructurePct"::text AS pct, u.note
      FROM "ZoneProgressUpdate" u WHERE u."zoneId" = ${id}
      ORDER BY u."reportedOn", u.id`,
  ]);
  const occupancy = occupancies[0];
  if (!zone || !occupancy) return null;
  return {
    ...zone,
    totalAreaHa: zone.totalAreaHa.toFixed(),
    leasableAreaHa: zone.leasableAreaHa.toFixed(),
    occupancy,
    overfull: new Decimal(occupancy.leasedHa).gt(occupancy.leasableHa),
    progress: progress.map((p) => ({
      id: p.id,
      reportedOn: p.reportedOn,
      landClearedHa: normalizeDecimal(p.cleared) ?? "0",
      landToClearHa: normalizeDecimal(p.toClear) ?? "0",
      clearance: normalizeDecimal(p.clearance),
      infrastructurePct: normalizeDecimal(p.pct) ?? "0",
      note: p.note,
    })),
  };
}
