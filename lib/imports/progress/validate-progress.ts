import type { Tx } from "@/lib/db";
import { formatDate, toDecimal } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import { addProgressSchema, type AddProgressInput } from "@/lib/zones/schemas";
import type { Mapping } from "../columns";
import { asAmount, asDate, asText, cellIssues, pick } from "../cells";
import type { SheetRow } from "../read-sheet";
import { firstRowOf, schemaIssues } from "../schema-issues";
import type { Checked, Progress, RowIssue, RowResult } from "../types";

export type ProgressPlan = { writes: { row: number; input: AddProgressInput }[] };

type ZoneRef = { id: number; code: string; totalAreaHa: string };
type Existing = { zoneId: number; day: string; landClearedHa: string; landToClearHa: string; infrastructurePct: string; note: string | null };

const PLACEHOLDER_ID = "1";
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Entries are matched on zone + date (one per day, as the form allows): the same values are skipped. */
export async function validateProgress(client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress): Promise<Checked<ProgressPlan>> {
  const zoneList = await client.$queryRaw<ZoneRef[]>`
    SELECT id, code, "totalAreaHa"::text AS "totalAreaHa" FROM "Zone" WHERE "archivedAt" IS NULL`;
  const zones = new Map(zoneList.map((z) => [z.code.toUpperCase(), z]));
  const existing = await client.$queryRaw<Existing[]>`
    SELECT "zoneId", to_char("reportedOn", 'YYYY-MM-DD') AS day, "landClearedHa"::text AS "landClearedHa",
           "landToClearHa"::text AS "landToClearHa", "infrastructurePct"::text AS "infrastructurePct", note
    FROM "ZoneProgressUpdate"`;
  const existingOf = new Map(existing.map((e) => [`${e.zoneId}|${e.day}`, e]));

  const results: RowResult[] = [];
  const writes: ProgressPlan["writes"] = [];
  const firstKey = firstRowOf();
  for (const row of rows) {
    const get = (key: string) => pick(row, mapping, key);
    const code = asText(get("zoneCode"));
    const issues: RowIssue[] = cellIssues(row, mapping);
    const zone = code ? zones.get(code.toUpperCase()) : undefined;
    if (!code) issues.push({ column: "zoneCode", key: "validation.required" });
    else if (!zone) issues.push({ column: "zoneCode", key: "imports.errors.zoneUnknown", values: { code } });
    const parsed = addProgressSchema.safeParse({
      locale: "en",
      zoneId: zone ? String(zone.id) : PLACEHOLDER_ID,
      reportedOn: asDate(get("reportedOn")),
      landClearedHa: asAmount(get("landClearedHa")),
      landToClearHa: asAmount(get("landToClearHa")),
      infrastructurePct: asAmount(get("infrastructurePct")),
      note: asText(get("note")),
    });
    if (!parsed.success) issues.push(...schemaIssues(parsed.error, { zoneId: "zoneCode" }));
    const label = code;
    if (!parsed.success || !zone || issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    const input = parsed.data;
    const key = `${zone.id}|${day(input.reportedOn)}`;
    const dup = firstKey(key, row.row);
    if (dup !== null) issues.push({ column: "reportedOn", key: "imports.errors.duplicateInFile", values: { row: dup } });
    if (toDecimal(input.landToClearHa)?.gt(zone.totalAreaHa)) issues.push({ column: "landToClearHa", key: "zones.errors.toClearOverTotal", values: { total: zone.totalAreaHa } });
    const same = existingOf.get(key);
    if (same && !sameEntry(same, input)) issues.push({ column: "reportedOn", key: "zones.errors.progressDateTaken", values: { date: formatDate(input.reportedOn) } });
    if (issues.length > 0) results.push({ row: row.row, action: "error", label: `${code} ${formatDate(input.reportedOn)}`, issues });
    else if (same) results.push({ row: row.row, action: "skip", label: `${code} ${formatDate(input.reportedOn)}`, issues: [] });
    else {
      writes.push({ row: row.row, input });
      results.push({ row: row.row, action: "create", label: `${code} ${formatDate(input.reportedOn)}`, issues: [] });
    }
  }
  await progress(rows.length);
  return { results, plan: { writes } };
}

function sameEntry(a: Existing, b: AddProgressInput): boolean {
  return (
    new Dec(a.landClearedHa).eq(b.landClearedHa) &&
    new Dec(a.landToClearHa).eq(b.landToClearHa) &&
    new Dec(a.infrastructurePct).eq(b.infrastructurePct) &&
    (a.note ?? null) === (b.note ?? null)
  );
}
