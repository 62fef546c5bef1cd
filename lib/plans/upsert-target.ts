import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { toDecimal } from "@/lib/format";
import { checkScope, scopeColumns } from "./scope";
import type { UpsertTargetInput } from "./schemas";

// ---- The audited fields of a target, as plain JSON for AuditEvent.changes.

export const TARGET_FIELDS = ["year", "indicator", "scopeKey", "target", "unit", "monthlySplit"] as const;
type TargetValues = Record<(typeof TARGET_FIELDS)[number], string | number | null>;
type StoredTarget = { year: number; indicator: string; scopeKey: string; target: { toString(): string }; unit: string; monthlySplit: { toString(): string }[] };

const canonical = (v: { toString(): string }) => toDecimal(v.toString())?.toString() ?? v.toString();

/** Amounts as exact canonical text; the split as "a; b; …" (null when not split). */
export function targetAuditValues(t: StoredTarget): TargetValues {
  return {
    year: t.year,
    indicator: t.indicator,
    scopeKey: t.scopeKey,
    target: canonical(t.target),
    unit: t.unit,
    monthlySplit: t.monthlySplit.length ? t.monthlySplit.map(canonical).join("; ") : null,
  };
}

export const NO_TARGET: TargetValues = { year: null, indicator: null, scopeKey: null, target: null, unit: null, monthlySplit: null };

/** The field message for a second target of one (year, indicator, scope). */
export const duplicateTarget = (year: number) => new AppError("VALIDATION", { scope: [{ key: "plans.errors.duplicateTarget", values: { year } }] });

/**
 * Creates a target, or (with id and version) changes one: MANAGER and up. A second target for the
 * same (year, indicator, scope) is a field message; a save from a stale version is CONFLICT and
 * writes nothing. Audited field by field in the same transaction.
 */
export async function upsertTarget(actor: CurrentUser | null, input: UpsertTargetInput): Promise<{ id: number; version: number; created: boolean }> {
  assertCan(actor, "plans:write");
  const columns = {
    year: input.year,
    indicator: input.indicator,
    ...scopeColumns(input.scope),
    target: input.target,
    unit: input.unit,
    monthlySplit: input.monthlySplit,
  };
  try {
    return await db.$transaction(async (tx) => {
      const scopeError = await checkScope(tx, input.scope);
      if (scopeError) throw new AppError("VALIDATION", { scope: [scopeError] });
      if (input.id === null) {
        const row = await tx.planTarget.create({ data: columns });
        await writeAudit(tx, {
          actor,
          action: "CREATE",
          entity: "PlanTarget",
          entityId: row.id,
          changes: diffFields(NO_TARGET, targetAuditValues(row), TARGET_FIELDS),
        });
        return { id: row.id, version: row.version, created: true };
      }
      const before = await tx.planTarget.findUnique({ where: { id: input.id } });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== input.version) throw new AppError("CONFLICT");
      const changes = diffFields(targetAuditValues(before), targetAuditValues({ ...columns, scopeKey: input.scope.key }), TARGET_FIELDS);
      if (Object.keys(changes).length === 0) return { id: before.id, version: before.version, created: false };
      const { count } = await tx.planTarget.updateMany({ where: { id: before.id, version: before.version }, data: { ...columns, version: { increment: 1 } } });
      if (count === 0) throw new AppError("CONFLICT");
      await writeAudit(tx, { actor, action: "UPDATE", entity: "PlanTarget", entityId: before.id, changes });
      return { id: before.id, version: before.version + 1, created: false };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateTarget(input.year);
    throw e;
  }
}
