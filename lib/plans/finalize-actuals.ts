import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toCell, type ActualCell } from "./get-actuals-grid";
import { cellKey, MONTHLY_INDICATORS, type FinalizeActualsInput } from "./schemas";

/**
 * Marks a month's figures of one scope final, or reopens them as estimates (MANAGER and up). The
 * caller names the versions it saw: a figure changed or added since is CONFLICT and nothing is
 * signed off unseen. A month without any figure cannot be marked final. Audited per figure.
 */
export async function finalizeActuals(actor: CurrentUser | null, input: FinalizeActualsInput): Promise<{ changed: number; cells: Record<string, ActualCell> }> {
  assertCan(actor, "actuals:finalize");
  return db.$transaction(async (tx) => {
    const rows = await tx.indicatorActual.findMany({
      where: { scopeKey: input.scope.key, year: input.year, month: input.month, indicator: { in: [...MONTHLY_INDICATORS] } },
    });
    if (rows.length === 0) throw new AppError("VALIDATION", { _form: [{ key: "plans.errors.nothingToFinalize" }] });
    const seen = new Map(input.cells.map((c) => [c.indicator, c.version]));
    const stale = rows.filter((r) => seen.get(r.indicator as (typeof MONTHLY_INDICATORS)[number]) !== r.version);
    if (stale.length > 0 || seen.size !== rows.length) {
      throw new AppError("CONFLICT", Object.fromEntries(stale.map((r) => [cellKey(r.indicator, r.month), [{ key: "plans.errors.cellConflict" }]])));
    }
    const cells: Record<string, ActualCell> = {};
    let changed = 0;
    for (const row of rows) {
      const key = cellKey(row.indicator, row.month);
      if (row.isEstimate === !input.final) {
        cells[key] = toCell(row);
        continue;
      }
      const { count } = await tx.indicatorActual.updateMany({ where: { id: row.id, version: row.version }, data: { isEstimate: !input.final, version: { increment: 1 } } });
      if (count === 0) throw new AppError("CONFLICT", { [key]: [{ key: "plans.errors.cellConflict" }] });
      await writeAudit(tx, {
        actor,
        action: "UPDATE",
        entity: "IndicatorActual",
        entityId: row.id,
        changes: { isEstimate: { from: row.isEstimate, to: !input.final } },
        meta: { scopeKey: input.scope.key, indicator: row.indicator, year: input.year, month: input.month, finalize: input.final },
      });
      cells[key] = toCell(await tx.indicatorActual.findUniqueOrThrow({ where: { id: row.id } }));
      changed += 1;
    }
    return { changed, cells };
  });
}
