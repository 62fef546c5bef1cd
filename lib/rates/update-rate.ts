import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { duplicateRate } from "./create-rate";
import { todayInVietnam } from "./get-rate";
import { AUDITED_FIELDS, auditValues, isInForce, type UpdateRateInput } from "./schemas";

/**
 * Changes a recorded rate, if nobody else changed it since the caller read `version` (else
 * CONFLICT and nothing is written). A rate already in force may have converted published figures,
 * so its change is audited as a CORRECT with the reason; a rate not yet in force as an UPDATE.
 */
export async function updateRate(actor: CurrentUser | null, input: UpdateRateInput, today = todayInVietnam()) {
  assertCan(actor, "rates:write");
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.exchangeRate.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== input.version) throw new AppError("CONFLICT");
      const changes = diffFields(auditValues(before), auditValues(input), AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return { id: before.id, version: before.version, changed: false };
      // The version in the WHERE makes the check and the write one atomic step: of two concurrent
      // saves from the same version, exactly one matches.
      const { count } = await tx.exchangeRate.updateMany({
        where: { id: input.id, version: input.version },
        data: { source: input.source, effectiveOn: input.effectiveOn, rate: input.rate, note: input.note, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT");
      await writeAudit(tx, {
        actor,
        action: isInForce(before.effectiveOn, today) ? "CORRECT" : "UPDATE",
        entity: "ExchangeRate",
        entityId: before.id,
        changes,
        meta: { reason: input.reason },
      });
      return { id: before.id, version: before.version + 1, changed: true };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateRate(input.effectiveOn);
    throw e;
  }
}
