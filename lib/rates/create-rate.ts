import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatDate } from "@/lib/format";
import { AUDITED_FIELDS, auditValues, NO_VALUES, type CreateRateInput } from "./schemas";

/** The field message for a second rate of one source on one date (the unique key). */
export function duplicateRate(effectiveOn: Date): AppError {
  return new AppError("VALIDATION", { effectiveOn: [{ key: "rates.errors.duplicate", values: { date: formatDate(effectiveOn) } }] });
}

/** Records a USD/VND rate (MANAGER and up), audited in the same transaction. */
export async function createRate(actor: CurrentUser | null, input: CreateRateInput) {
  assertCan(actor, "rates:write");
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.exchangeRate.create({
        data: { base: "USD", quote: "VND", source: input.source, effectiveOn: input.effectiveOn, rate: input.rate, note: input.note },
        select: { id: true, source: true, effectiveOn: true, rate: true, note: true, version: true },
      });
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "ExchangeRate",
        entityId: row.id,
        changes: diffFields(NO_VALUES, auditValues(row), AUDITED_FIELDS),
      });
      return { ...row, rate: row.rate.toString() };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateRate(input.effectiveOn);
    throw e;
  }
}
