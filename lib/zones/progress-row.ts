import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/actions/app-error";
import type { Changes } from "@/lib/audit/write-audit";
import { formatDate, toDecimal } from "@/lib/format";
import type { ZoneRow } from "./zone-row";

// A progress entry as its writes compare it for the audit trail, and the checks that need the zone.

export type ProgressValues = {
  reportedOn: Date;
  landClearedHa: string;
  landToClearHa: string;
  infrastructurePct: string;
  note: string | null;
};

const FIELDS = ["reportedOn", "landClearedHa", "landToClearHa", "infrastructurePct", "note"] as const satisfies readonly (keyof ProgressValues)[];

function auditValue(v: ProgressValues[keyof ProgressValues]): string | null {
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return toDecimal(v)?.toString() ?? v;
}

/** Field-level { from, to } of what differs; `before` null for a new entry. */
export function progressChanges(before: ProgressValues | null, after: ProgressValues): Changes {
  const changes: Changes = {};
  for (const field of FIELDS) {
    const from = before ? auditValue(before[field]) : null;
    const to = auditValue(after[field]);
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}

/**
 * What the zone decides about an entry: land to clear within the zone's total area, and one entry
 * per zone and day (the chart has one point per date). Run under the zone's row lock.
 */
export async function checkProgressAgainstZone(tx: Tx, zone: ZoneRow, input: ProgressValues, exceptId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  const total = toDecimal(zone.totalAreaHa);
  if (total && toDecimal(input.landToClearHa)?.gt(total)) {
    errors.landToClearHa = [{ key: "zones.errors.toClearOverTotal", values: { total: zone.totalAreaHa } }];
  }
  const sameDay = await tx.zoneProgressUpdate.findFirst({
    where: { zoneId: zone.id, reportedOn: input.reportedOn, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (sameDay) errors.reportedOn = [{ key: "zones.errors.progressDateTaken", values: { date: formatDate(input.reportedOn) } }];
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", errors);
}

export function progressResult(row: { id: number; zoneId: number; version: number }) {
  return { id: row.id, zoneId: row.zoneId, version: row.version };
}
