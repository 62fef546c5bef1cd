import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { zoneColumns, type ZoneWriteResult } from "./create-zone";
import { isDecided, zoneWarnings, type UpdateZoneInput } from "./schemas";
import { lockZone, zoneChanges, type ZoneRow } from "./zone-row";

const CODE_TAKEN = { code: [{ key: "zones.errors.codeTaken" }] };

/**
 * Saves an edit made on `input.version` (someone saved first → CONFLICT, nothing written). A status
 * change to or from ESTABLISHED/OPERATING is a board decision and needs "zones:decide": STAFF is
 * refused (FORBIDDEN) and nothing changes, but may edit every other field of an established zone.
 */
export async function updateZone(actor: CurrentUser | null, input: UpdateZoneInput): Promise<ZoneWriteResult> {
  assertCan(actor, "zones:write");
  try {
    return await db.$transaction(async (tx) => {
      const before = await lockZone(tx, input.id);
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== input.version) throw new AppError("CONFLICT");
      if (input.status !== before.status && (isDecided(input.status) || isDecided(before.status))) assertCan(actor, "zones:decide");
      if (input.code !== before.code && (await tx.zone.findFirst({ where: { code: input.code, id: { not: input.id } }, select: { id: true } }))) {
        throw new AppError("VALIDATION", CODE_TAKEN);
      }
      const values = zoneColumns(input);
      const changes = zoneChanges(before, values);
      const warnings = zoneWarnings(input);
      // Saving an unchanged form is not a change: no new version, no audit event.
      if (Object.keys(changes).length === 0) return { id: input.id, version: before.version, warnings };
      const updated = await tx.zone.update({
        where: { id: input.id },
        data: { ...values, version: { increment: 1 } },
        select: { id: true, version: true },
      });
      await writeAudit(tx, { actor, action: "UPDATE", entity: "Zone", entityId: input.id, changes });
      return { ...updated, warnings };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", CODE_TAKEN);
    throw e;
  }
}

/** The zone as the edit form loads it (live zones only; null → the page answers 404). */
export async function getZoneForEdit(actor: CurrentUser | null, id: number): Promise<ZoneRow | null> {
  assertCan(actor, "zones:write");
  const z = await db.zone.findFirst({ where: { id, archivedAt: null } });
  return z ? { ...z, totalAreaHa: z.totalAreaHa.toString(), leasableAreaHa: z.leasableAreaHa.toString() } : null;
}
