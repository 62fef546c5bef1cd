import { db } from "@/lib/db";
import { cellKey, type MonthlyIndicator } from "./schemas";

let seq = 0;

/** A zone row with a unique code; archived when asked. */
export async function makeZone(kind: "KCN" | "CCN" = "KCN", archived = false) {
  seq += 1;
  return db.zone.create({
    data: {
      code: `${kind}-P${process.pid}-${seq}`,
      name: `${kind === "KCN" ? "Khu công nghiệp" : "Cụm công nghiệp"} Thử ${seq}`,
      kind,
      district: "Huyện Thử",
      totalAreaHa: "100",
      leasableAreaHa: "80",
      archivedAt: archived ? new Date() : null,
    },
    select: { id: true },
  });
}

/** A target form as the page sends it: strings typed the Vietnamese way, twelve empty split fields. */
export function targetForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { locale: "vi", year: "2026", indicator: "INDUSTRIAL_PRODUCTION_VALUE", scope: "PROVINCE", target: "1.200.000.000", split: Array(12).fill(""), ...overrides };
}

/** A grid save as the page sends it. */
export function gridForm(year: number, cells: [MonthlyIndicator, number, string, number | null][], scope = "PROVINCE"): Record<string, unknown> {
  return { locale: "vi", year: String(year), scope, cells: cells.map(([indicator, month, value, version]) => ({ indicator, month, value, version })) };
}

export const auditsOf = (entity: string, id: number) => db.auditEvent.findMany({ where: { entity, entityId: String(id) }, orderBy: { id: "asc" } });

export const storedCell = (scopeKey: string, year: number, indicator: MonthlyIndicator, month: number) =>
  db.indicatorActual.findUnique({ where: { scopeKey_indicator_year_month: { scopeKey, indicator, year, month } } });

export { cellKey };
