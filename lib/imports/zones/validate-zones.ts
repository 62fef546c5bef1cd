import type { Tx } from "@/lib/db";
import enZones from "@/lib/i18n/messages/en/zones.json";
import viZones from "@/lib/i18n/messages/vi/zones.json";
import type { Changes } from "@/lib/audit/write-audit";
import { zoneColumns } from "@/lib/zones/create-zone";
import { createZoneSchema, type CreateZoneInput } from "@/lib/zones/schemas";
import { lockZone, zoneChanges } from "@/lib/zones/zone-row";
import type { Mapping } from "../columns";
import { asAmount, asBoolean, asDate, asEnum, asText, cellIssues, pick } from "../cells";
import type { SheetRow } from "../read-sheet";
import { firstRowOf, schemaIssues } from "../schema-issues";
import type { Checked, Progress, RowIssue, RowResult } from "../types";

export type ZoneWrite = { row: number; input: CreateZoneInput; existing: { id: number; status: string; changes: Changes } | null };
export type ZonePlan = { writes: ZoneWrite[] };

const both = <T extends string>(vi: Record<T, string>, en: Record<T, string>) =>
  Object.fromEntries(Object.keys(vi).map((k) => [k, [vi[k as T], en[k as T]]])) as Record<T, string[]>;
const LABELS = {
  kind: both(viZones.zones.kinds, enZones.zones.kinds),
  status: both(viZones.zones.statuses, enZones.zones.statuses),
  infrastructureStatus: both(viZones.zones.infrastructureStatuses, enZones.zones.infrastructureStatuses),
};
const BOOLEANS = ["inPlan2030", "constructionPlanApproved"] as const;

/** Zones are upserted on their code; an unchanged row is skipped. */
export async function validateZones(client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress): Promise<Checked<ZonePlan>> {
  const stored = new Map((await client.zone.findMany({ select: { id: true, code: true, archivedAt: true } })).map((z) => [z.code, z]));
  const results: RowResult[] = [];
  const writes: ZoneWrite[] = [];
  const firstCode = firstRowOf();
  for (const row of rows) {
    const get = (key: string) => pick(row, mapping, key);
    const issues: RowIssue[] = cellIssues(row, mapping);
    const form: Record<string, string> = { locale: "en" };
    for (const key of ["code", "name", "district", "establishingDecisionNo", "infrastructureInvestor", "priorityFromYear", "priorityToYear"]) form[key] = asText(get(key));
    form.kind = asEnum(get("kind"), LABELS.kind);
    form.status = asEnum(get("status"), LABELS.status);
    form.infrastructureStatus = asEnum(get("infrastructureStatus"), LABELS.infrastructureStatus);
    for (const key of BOOLEANS) {
      const value = asBoolean(get(key));
      if (value === null) issues.push({ column: key, key: "imports.errors.booleanInvalid" });
      form[key] = value ?? "";
    }
    form.establishingDecisionDate = asDate(get("establishingDecisionDate"));
    form.totalAreaHa = asAmount(get("totalAreaHa"));
    form.leasableAreaHa = asAmount(get("leasableAreaHa"));
    const dup = firstCode(form.code ?? "", row.row);
    if (dup !== null) issues.push({ column: "code", key: "imports.errors.duplicateInFile", values: { row: dup } });
    const parsed = createZoneSchema.safeParse(form);
    if (!parsed.success) issues.push(...schemaIssues(parsed.error));
    const label = form.code ?? "";
    if (!parsed.success || issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    const input = parsed.data;
    const match = stored.get(input.code);
    if (match?.archivedAt) {
      results.push({ row: row.row, action: "error", label, issues: [{ column: "code", key: "imports.errors.zoneArchived" }] });
      continue;
    }
    const before = match ? await lockZone(client, match.id) : null;
    if (!before) {
      writes.push({ row: row.row, input, existing: null });
      results.push({ row: row.row, action: "create", label, issues: [] });
      continue;
    }
    const changes = zoneChanges(before, zoneColumns(input));
    if (Object.keys(changes).length === 0) results.push({ row: row.row, action: "skip", label, issues: [] });
    else {
      writes.push({ row: row.row, input, existing: { id: before.id, status: before.status, changes } });
      results.push({ row: row.row, action: "update", label, issues: [], changed: Object.keys(changes) });
    }
  }
  await progress(rows.length);
  return { results, plan: { writes } };
}
