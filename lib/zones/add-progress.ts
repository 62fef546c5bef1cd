import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkProgressAgainstZone, progressChanges, progressResult } from "./progress-row";
import type { AddProgressInput } from "./schemas";
import { lockZone } from "./zone-row";

export type ProgressWriteResult = { id: number; zoneId: number; version: number };

/**
 * Records a dated land-clearance and infrastructure entry of a live zone, under the zone's row lock
 * (so two entries of one day cannot both pass the check), audited in the same transaction.
 */
export async function addProgress(actor: CurrentUser | null, input: AddProgressInput): Promise<ProgressWriteResult> {
  assertCan(actor, "progress:write");
  return db.$transaction(async (tx) => {
    const zone = await lockZone(tx, input.zoneId);
    if (!zone) throw new AppError("NOT_FOUND");
    const values = {
      reportedOn: input.reportedOn,
      landClearedHa: input.landClearedHa,
      landToClearHa: input.landToClearHa,
      infrastructurePct: input.infrastructurePct,
      note: input.note,
    };
    await checkProgressAgainstZone(tx, zone, values, null);
    const row = await tx.zoneProgressUpdate.create({
      data: { zoneId: zone.id, ...values, createdById: actor.id },
      select: { id: true, zoneId: true, version: true },
    });
    await writeAudit(tx, {
      actor,
      action: "CREATE",
      entity: "ZoneProgressUpdate",
      entityId: row.id,
      changes: progressChanges(null, values),
      meta: { zoneId: zone.id },
    });
    return progressResult(row);
  });
}

export type ProgressZone = { id: number; code: string; name: string; totalAreaHa: string; lastLandToClearHa: string | null };

/** The zone a new entry is for (live only; null → 404), with the land to clear of its latest entry to start from. */
export async function getProgressZone(actor: CurrentUser | null, zoneId: number): Promise<ProgressZone | null> {
  assertCan(actor, "progress:write");
  const zone = await db.zone.findFirst({
    where: { id: zoneId, archivedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      totalAreaHa: true,
      progressUpdates: { orderBy: [{ reportedOn: "desc" }, { id: "desc" }], take: 1, select: { landToClearHa: true } },
    },
  });
  if (!zone) return null;
  return {
    id: zone.id,
    code: zone.code,
    name: zone.name,
    totalAreaHa: zone.totalAreaHa.toString(),
    lastLandToClearHa: zone.progressUpdates[0]?.landToClearHa.toString() ?? null,
  };
}
