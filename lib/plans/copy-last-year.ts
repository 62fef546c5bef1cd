import "server-only";
import { db } from "@/lib/db";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { CopyLastYearInput } from "./schemas";
import { NO_TARGET, TARGET_FIELDS, targetAuditValues } from "./upsert-target";

/**
 * A starting point for a new year's plan (MANAGER and up): each of last year's targets that this
 * year lacks is created with the same value, unit and monthly split. Never overwrites a target
 * already set; targets of zones archived since are left out. Each created target is audited.
 */
export async function copyLastYear(actor: CurrentUser | null, input: CopyLastYearInput): Promise<{ copied: number; kept: number }> {
  assertCan(actor, "plans:write");
  return db.$transaction(async (tx) => {
    const [source, existing] = await Promise.all([
      tx.planTarget.findMany({ where: { year: input.year - 1, OR: [{ zoneId: null }, { zone: { archivedAt: null } }] }, orderBy: { id: "asc" } }),
      tx.planTarget.findMany({ where: { year: input.year }, select: { indicator: true, scopeKey: true } }),
    ]);
    const taken = new Set(existing.map((t) => `${t.indicator}|${t.scopeKey}`));
    const missing = source.filter((t) => !taken.has(`${t.indicator}|${t.scopeKey}`));
    // skipDuplicates: a target another manager set meanwhile is kept, never overwritten.
    const created = await tx.planTarget.createManyAndReturn({
      data: missing.map((t) => ({
        year: input.year,
        indicator: t.indicator,
        scopeKind: t.scopeKind,
        zoneId: t.zoneId,
        scopeKey: t.scopeKey,
        target: t.target,
        unit: t.unit,
        monthlySplit: t.monthlySplit,
      })),
      skipDuplicates: true,
    });
    for (const row of created) {
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "PlanTarget",
        entityId: row.id,
        changes: diffFields(NO_TARGET, targetAuditValues(row), TARGET_FIELDS),
        meta: { copiedFromYear: input.year - 1 },
      });
    }
    return { copied: created.length, kept: source.length - created.length };
  });
}
