import type { Scope } from "@/lib/plans/schemas";

/** A zone as the scope selects and labels need it. */
export type ZoneOption = { id: number; code: string; name: string; kind: "KCN" | "CCN" };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Toàn tỉnh", "Các KCN", "Các CCN", or the zone's name (its id when the zone is unknown). */
export function scopeLabel(t: Translate, scopeKey: string, zones: readonly ZoneOption[]): string {
  if (scopeKey === "PROVINCE" || scopeKey === "ALL_KCN" || scopeKey === "ALL_CCN") return t(`scopes.${scopeKey}`);
  const id = Number(scopeKey.slice("ZONE:".length));
  const zone = zones.find((z) => z.id === id);
  return zone ? zone.name : t("scopes.zoneUnknown", { id });
}

export const scopeKeyOf = (scope: Scope) => scope.key;
