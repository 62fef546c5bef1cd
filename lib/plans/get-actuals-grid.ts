import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { cellKey, MONTHLY_INDICATORS, type MonthlyIndicator, type Scope } from "./schemas";

export type ActualCell = {
  id: number;
  /** The month's own figure, exact decimal text ("1234.5"). */
  value: string;
  /** ước until a MANAGER marks it final. */
  isEstimate: boolean;
  version: number;
  updatedAt: Date;
};

export type ActualsGrid = {
  year: number;
  scope: Scope;
  /** By cellKey ("EXPORT_VALUE.3"); a month without a value has no cell (shown as missing, never 0). */
  cells: Record<string, ActualCell>;
  /** This year's annual target for the scope, per monthly indicator, where one is set. */
  targets: Partial<Record<MonthlyIndicator, string>>;
};

export const toCell = (r: { id: number; value: { toString(): string }; isEstimate: boolean; version: number; updatedAt: Date }): ActualCell => ({
  id: r.id,
  value: r.value.toString(),
  isEstimate: r.isEstimate,
  version: r.version,
  updatedAt: r.updatedAt,
});

/** The months × indicators grid of one scope and year, for everyone who reads plans. */
export async function getActualsGrid(actor: CurrentUser | null, year: number, scope: Scope): Promise<ActualsGrid> {
  assertCan(actor, "plans:read");
  const indicators = [...MONTHLY_INDICATORS];
  const [rows, targets] = await Promise.all([
    db.indicatorActual.findMany({
      where: { scopeKey: scope.key, year, indicator: { in: indicators } },
      select: { id: true, indicator: true, month: true, value: true, isEstimate: true, version: true, updatedAt: true },
    }),
    db.planTarget.findMany({ where: { scopeKey: scope.key, year, indicator: { in: indicators } }, select: { indicator: true, target: true } }),
  ]);
  const cells: Record<string, ActualCell> = {};
  for (const r of rows) cells[cellKey(r.indicator, r.month)] = toCell(r);
  const byIndicator: Partial<Record<MonthlyIndicator, string>> = {};
  for (const t of targets) {
    const indicator = MONTHLY_INDICATORS.find((i) => i === t.indicator);
    if (indicator) byIndicator[indicator] = t.target.toString();
  }
  return { year, scope, cells, targets: byIndicator };
}
