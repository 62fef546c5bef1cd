import type { Tx } from "@/lib/db";
import { Dec } from "@/lib/format/decimal";
import enPlans from "@/lib/i18n/messages/en/plans.json";
import viPlans from "@/lib/i18n/messages/vi/plans.json";
import { MONTHLY_INDICATORS, parseScope, saveActualsSchema, type Scope, type SaveActualsInput } from "@/lib/plans/schemas";
import type { Mapping } from "../columns";
import { asAmount, asEnum, asText, cellIssues, pick } from "../cells";
import type { SheetRow } from "../read-sheet";
import { firstRowOf, schemaIssues } from "../schema-issues";
import type { Checked, Progress, RowIssue, RowResult } from "../types";

type Cell = SaveActualsInput["cells"][number];
/** The figures of one (year, scope), saved together as the actuals grid saves them. */
export type ActualsPlan = { grids: { year: number; scope: Scope; cells: Cell[] }[] };
type Stored = { scopeKey: string; indicator: string; year: number; month: number; value: string; version: number; isEstimate: boolean };

const INDICATOR_LABELS = Object.fromEntries(
  MONTHLY_INDICATORS.map((i) => [i, [viPlans.plans.indicators[i], enPlans.plans.indicators[i]]]),
) as Record<(typeof MONTHLY_INDICATORS)[number], string[]>;
const SCOPE_LABELS = {
  PROVINCE: [viPlans.plans.scopes.PROVINCE, enPlans.plans.scopes.PROVINCE],
  ALL_KCN: [viPlans.plans.scopes.ALL_KCN, enPlans.plans.scopes.ALL_KCN],
  ALL_CCN: [viPlans.plans.scopes.ALL_CCN, enPlans.plans.scopes.ALL_CCN],
};

/** Matched on scope + indicator + year + month: the same value is skipped, another one updates it. */
export async function validateActuals(client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress): Promise<Checked<ActualsPlan>> {
  const zones = new Map((await client.zone.findMany({ where: { archivedAt: null }, select: { id: true, code: true } })).map((z) => [z.code.toUpperCase(), z.id]));
  const stored = await client.$queryRaw<Stored[]>`
    SELECT "scopeKey", indicator::text AS indicator, year, month, value::text AS value, version, "isEstimate" FROM "IndicatorActual"`;
  const storedOf = new Map(stored.map((s) => [`${s.scopeKey}|${s.indicator}|${s.year}|${s.month}`, s]));
  const results: RowResult[] = [];
  const grids = new Map<string, ActualsPlan["grids"][number]>();
  const firstKey = firstRowOf();
  for (const row of rows) {
    const get = (key: string) => pick(row, mapping, key);
    const issues: RowIssue[] = cellIssues(row, mapping);
    const scopeText = asText(get("scope"));
    const fixed = asEnum(scopeText, SCOPE_LABELS);
    const zoneId = zones.get(scopeText.toUpperCase());
    const scopeKey = zoneId ? `ZONE:${zoneId}` : fixed;
    if (!scopeText) issues.push({ column: "scope", key: "validation.required" });
    else if (!parseScope(scopeKey)) issues.push({ column: "scope", key: "imports.errors.zoneUnknown", values: { code: scopeText } });
    const value = asAmount(get("value"));
    if (!value) issues.push({ column: "value", key: "validation.required" });
    const indicator = asEnum(get("indicator"), INDICATOR_LABELS);
    const parsed = saveActualsSchema.safeParse({
      locale: "en",
      year: asText(get("year")),
      scope: parseScope(scopeKey) ? scopeKey : "PROVINCE",
      cells: [{ indicator, month: asText(get("month")), value, version: "" }],
    });
    // The grid names a cell "INDICATOR.month"; here the value column holds it.
    if (!parsed.success) issues.push(...schemaIssues(parsed.error, { [`${indicator}.${asText(get("month"))}`]: "value", cells: "value" }));
    const label = `${scopeText} ${asText(get("indicator"))} ${asText(get("month"))}/${asText(get("year"))}`;
    const cell = parsed.success ? parsed.data.cells[0] : undefined;
    if (!parsed.success || !cell || issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    const key = `${parsed.data.scope.key}|${cell.indicator}|${parsed.data.year}|${cell.month}`;
    const dup = firstKey(key, row.row);
    if (dup !== null) issues.push({ column: "month", key: "imports.errors.duplicateInFile", values: { row: dup } });
    const before = storedOf.get(key);
    const same = before && cell.value !== null && new Dec(before.value).eq(cell.value);
    if (issues.length > 0) results.push({ row: row.row, action: "error", label, issues });
    else if (same) results.push({ row: row.row, action: "skip", label, issues: [] });
    else {
      const gridKey = `${parsed.data.year}|${parsed.data.scope.key}`;
      const grid = grids.get(gridKey) ?? grids.set(gridKey, { year: parsed.data.year, scope: parsed.data.scope, cells: [] }).get(gridKey)!;
      grid.cells.push({ ...cell, version: before?.version ?? null });
      results.push({ row: row.row, action: before ? "update" : "create", label, issues: [], ...(before ? { changed: ["value"] } : {}) });
    }
  }
  await progress(rows.length);
  return { results, plan: { grids: [...grids.values()] } };
}
