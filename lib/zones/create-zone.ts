import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { isDecided, zoneWarnings, type CreateZoneInput, type Warnings } from "./schemas";
import { zoneChanges, type ZoneValues } from "./zone-row";

export type ZoneWriteResult = { id: number; version: number; warnings: Warnings };

const CODE_TAKEN = { code: [{ key: "zones.errors.codeTaken" }] };

/** The zone columns a create or an update writes from the form (never version or archivedAt). */
export function zoneColumns(input: CreateZoneInput): ZoneValues {
  return {
    code: input.code,
    name: input.name,
    kind: input.kind,
    district: input.district,
    status: input.status,
    inPlan2030: input.inPlan2030,
    priorityFromYear: input.priorityFromYear,
    priorityToYear: input.priorityToYear,
    establishingDecisionNo: input.establishingDecisionNo,
    establishingDecisionDate: input.establishingDecisionDate,
    infrastructureInvestor: input.infrastructureInvestor,
    totalAreaHa: input.totalAreaHa,
    leasableAreaHa: input.leasableAreaHa,
    constructionPlanApproved: input.constructionPlanApproved,
    infrastructureStatus: input.infrastructureStatus,
  };
}

/**
 * Registers a zone or cluster. A zone registered as ESTABLISHED or OPERATING records a board
 * decision: only "zones:decide" may do that (STAFF registers it PLANNED). The code is unique. One
 * audit event, in the same transaction, lists every field from null. The CCN-size warnings are
 * returned beside the id: they never block the save.
 */
export async function createZone(actor: CurrentUser | null, input: CreateZoneInput): Promise<ZoneWriteResult> {
  assertCan(actor, "zones:write");
  if (isDecided(input.status)) assertCan(actor, "zones:decide");
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.zone.findUnique({ where: { code: input.code }, select: { id: true } })) throw new AppError("VALIDATION", CODE_TAKEN);
      const values = zoneColumns(input);
      const zone = await tx.zone.create({ data: values, select: { id: true, version: true } });
      await writeAudit(tx, { actor, action: "CREATE", entity: "Zone", entityId: zone.id, changes: zoneChanges(null, values) });
      return { ...zone, warnings: zoneWarnings(input) };
    });
  } catch (e) {
    // Another zone took the code between the check and the insert.
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", CODE_TAKEN);
    throw e;
  }
}
