import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { todayInVietnam } from "./get-rate";
import { AUDITED_FIELDS, auditValues, isInForce, NO_VALUES, type DeleteRateInput } from "./schemas";

/**
 * Deletes a rate that nothing depends on: one not yet in force (effective after today in Vietnam),
 * such as next year's plan rate entered by mistake. From its effective date on, any conversion or
 * report may have used it, so it can only be corrected (updateRate). The deleted record is kept
 * in full in its audit event.
 */
export async function deleteRate(actor: CurrentUser | null, input: DeleteRateInput, today = todayInVietnam()) {
  assertCan(actor, "rates:write");
  return db.$transaction(async (tx) => {
    const before = await tx.exchangeRate.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("CONFLICT");
    if (isInForce(before.effectiveOn, today)) throw new AppError("VALIDATION", { _form: [{ key: "rates.errors.inForce" }] });
    const { count } = await tx.exchangeRate.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new AppError("CONFLICT");
    await writeAudit(tx, {
      actor,
      action: "DELETE",
      entity: "ExchangeRate",
      entityId: before.id,
      changes: diffFields(auditValues(before), NO_VALUES, AUDITED_FIELDS),
      meta: { version: before.version },
    });
    return { id: before.id };
  });
}
