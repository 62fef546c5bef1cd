import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ProgressWriteResult } from "./add-progress";
import { checkProgressAgainstZone, progressChanges, progressResult, type ProgressValues } from "./progress-row";
import type { CorrectProgressInput } from "./schemas";
import { lockZone } from "./zone-row";

/**
 * Corrects a progress entry made on `input.version` (someone corrected it first → CONFLICT). The
 * entry is looked up among the zone's own: another zone's entry id is NOT_FOUND. The audit event
 * (action CORRECT) keeps every changed field's before and after, so the history is never lost.
 */
export async function correctProgress(actor: CurrentUser | null, input: CorrectProgressInput): Promise<ProgressWriteResult> {
  assertCan(actor, "progress:write");
  return db.$transaction(async (tx) => {
    const zone = await lockZone(tx, input.zoneId);
    if (!zone) throw new AppError("NOT_FOUND");
    const before = await tx.zoneProgressUpdate.findFirst({ where: { id: input.progressId, zoneId: zone.id } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("CONFLICT");
    const values: ProgressValues = {
      reportedOn: input.reportedOn,
      landClearedHa: input.landClearedHa,
      landToClearHa: input.landToClearHa,
      infrastructurePct: input.infrastructurePct,
      note: input.note,
    };
    await checkProgressAgainstZone(tx, zone, values, before.id);
    const changes = progressChanges(
      {
        reportedOn: before.reportedOn,
        landClearedHa: before.landClearedHa.toString(),
        landToClearHa: before.landToClearHa.toString(),
        infrastructurePct: before.infrastructurePct.toString(),
        note: before.note,
      },
      values,
    );
    if (Object.keys(changes).length === 0) return progressResult(before);
    const row = await tx.zoneProgressUpdate.update({
      where: { id: before.id },
      data: { ...values, version: { increment: 1 } },
      select: { id: true, zoneId: true, version: true },
    });
    await writeAudit(tx, { actor, action: "CORRECT", entity: "ZoneProgressUpdate", entityId: row.id, changes, meta: { zoneId: zone.id } });
    return progressResult(row);
  });
}

export type ProgressEntry = ProgressValues & { id: number; zoneId: number; version: number };

/**
 * A zone and one of its entries, as the correction form loads them; null (404) when the zone is not
 * live or the entry belongs to another zone.
 */
export async function getProgressForEdit(
  actor: CurrentUser | null,
  zoneId: number,
  progressId: number,
): Promise<{ zone: { id: number; code: string; name: string; totalAreaHa: string }; entry: ProgressEntry } | null> {
  assertCan(actor, "progress:write");
  const row = await db.zoneProgressUpdate.findFirst({
    where: { id: progressId, zoneId, zone: { archivedAt: null } },
    include: { zone: { select: { id: true, code: true, name: true, totalAreaHa: true } } },
  });
  if (!row) return null;
  return {
    zone: { ...row.zone, totalAreaHa: row.zone.totalAreaHa.toString() },
    entry: {
      id: row.id,
      zoneId: row.zoneId,
      version: row.version,
      reportedOn: row.reportedOn,
      landClearedHa: row.landClearedHa.toString(),
      landToClearHa: row.landToClearHa.toString(),
      infrastructurePct: row.infrastructurePct.toString(),
      note: row.note,
    },
  };
}
