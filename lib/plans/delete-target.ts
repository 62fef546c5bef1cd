import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { DeleteTargetInput } from "./schemas";
import { NO_TARGET, TARGET_FIELDS, targetAuditValues } from "./upsert-target";

/** Removes a target set by mistake (MANAGER and up), after a version check; the audit keeps it in full. */
export async function deleteTarget(actor: CurrentUser | null, input: DeleteTargetInput): Promise<{ id: number }> {
  assertCan(actor, "plans:write");
  return db.$transaction(async (tx) => {
    const before = await tx.planTarget.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND");
    const { count } = await tx.planTarget.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new AppError("CONFLICT");
    await writeAudit(tx, {
      actor,
      action: "DELETE",
      entity: "PlanTarget",
      entityId: before.id,
      changes: diffFields(targetAuditValues(before), NO_TARGET, TARGET_FIELDS),
      meta: { version: before.version },
    });
    return { id: before.id };
  });
}
