import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db-errors";
import { toDecimal } from "@/lib/format";
import { toCell, type ActualCell } from "./get-actuals-grid";
import { checkScope, scopeColumns } from "./scope";
import { cellKey, type SaveActualsInput } from "./schemas";

const canonical = (v: { toString(): string }) => toDecimal(v.toString())?.toString() ?? v.toString();

export type SaveActualsResult = {
  saved: number;
  removed: number;
  /** The changed cells as now stored (null: removed), so the grid carries on without a reload. */
  cells: Record<string, ActualCell | null>;
};

/**
 * Saves the changed cells of a grid in one transaction: all or nothing. Each cell carries the
 * version it was loaded with; a cell someone else changed since is a CONFLICT naming that cell
 * and nothing is written. An empty cell removes the stored value. A final value (not ước) may be
 * changed or removed only by a MANAGER ("actuals:finalize"); a new value is an estimate until a
 * MANAGER marks its month final. Every change is audited in the same transaction.
 */
export async function saveActuals(actor: CurrentUser | null, input: SaveActualsInput): Promise<SaveActualsResult> {
  assertCan(actor, "actuals:write");
  try {
    return await db.$transaction((tx) => saveActualsIn(tx, actor, input));
  } catch (e) {
    // Someone created the same cell between our read and our write.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT");
    throw e;
  }
}

/** saveActuals inside the caller's transaction (an import writes many grids in one). */
export async function saveActualsIn(tx: Tx, actor: CurrentUser, input: SaveActualsInput): Promise<SaveActualsResult> {
  assertCan(actor, "actuals:write");
  const mayChangeFinal = can(actor.role, "actuals:finalize");
  const where = { scopeKey: input.scope.key, year: input.year };
  const scopeError = await checkScope(tx, input.scope);
  if (scopeError) throw new AppError("VALIDATION", { scope: [scopeError] });
  const rows = await tx.indicatorActual.findMany({
    where: { ...where, OR: input.cells.map((c) => ({ indicator: c.indicator, month: c.month })) },
  });
  const stored = new Map(rows.map((r) => [cellKey(r.indicator, r.month), r]));

  // Check every cell before writing any, so that every stale or locked cell is named at once.
  const conflicts: FieldErrors = {};
  const locked: FieldErrors = {};
  const changes = input.cells.flatMap((cell) => {
    const key = cellKey(cell.indicator, cell.month);
    const row = stored.get(key);
    const same = row ? cell.value !== null && toDecimal(cell.value)?.eq(row.value.toString()) === true : cell.value === null;
    if (same) return []; // what the cell asks for is already stored: nothing to lose, nothing to write
    if (cell.version === null ? row !== undefined : row?.version !== cell.version) conflicts[key] = [{ key: "plans.errors.cellConflict" }];
    else if (row && !row.isEstimate && !mayChangeFinal) locked[key] = [{ key: "plans.errors.finalLocked" }];
    return [{ key, cell, row }];
  });
  if (Object.keys(conflicts).length > 0) throw new AppError("CONFLICT", conflicts);
  if (Object.keys(locked).length > 0) throw new AppError("FORBIDDEN", locked);

  const result: SaveActualsResult = { saved: 0, removed: 0, cells: {} };
  for (const { key, cell, row } of changes) {
    const meta = { scopeKey: input.scope.key, indicator: cell.indicator, year: input.year, month: cell.month };
    if (cell.value === null) {
      if (!row) continue;
      const { count } = await tx.indicatorActual.deleteMany({ where: { id: row.id, version: row.version } });
      if (count === 0) throw new AppError("CONFLICT", { [key]: [{ key: "plans.errors.cellConflict" }] });
      await writeAudit(tx, {
        actor,
        action: "DELETE",
        entity: "IndicatorActual",
        entityId: row.id,
        changes: { value: { from: canonical(row.value), to: null }, isEstimate: { from: row.isEstimate, to: null } },
        meta,
      });
      result.removed += 1;
      result.cells[key] = null;
    } else if (!row) {
      const created = await tx.indicatorActual.create({
        data: { ...scopeColumns(input.scope), year: input.year, month: cell.month, indicator: cell.indicator, value: cell.value, isEstimate: true, createdById: actor.id },
      });
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "IndicatorActual",
        entityId: created.id,
        changes: { value: { from: null, to: canonical(created.value) }, isEstimate: { from: null, to: true } },
        meta,
      });
      result.saved += 1;
      result.cells[key] = toCell(created);
    } else {
      const { count } = await tx.indicatorActual.updateMany({
        where: { id: row.id, version: row.version },
        data: { value: cell.value, version: { increment: 1 } },
      });
      if (count === 0) throw new AppError("CONFLICT", { [key]: [{ key: "plans.errors.cellConflict" }] });
      const updated = await tx.indicatorActual.findUniqueOrThrow({ where: { id: row.id } });
      await writeAudit(tx, {
        actor,
        // A final figure may have been published: its change is a correction.
        action: row.isEstimate ? "UPDATE" : "CORRECT",
        entity: "IndicatorActual",
        entityId: row.id,
        changes: { value: { from: canonical(row.value), to: canonical(updated.value) } },
        meta,
      });
      result.saved += 1;
      result.cells[key] = toCell(updated);
    }
  }
  return result;
}
