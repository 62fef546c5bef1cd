import "server-only";
import type { Tx } from "@/lib/db";
import type { Changes } from "@/lib/audit/write-audit";
import { toDecimal } from "@/lib/format";
import type { InfrastructureStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";

// A zone as its writes see it: locked, compared field by field for the audit trail. Shared by
// create-zone, update-zone and the progress writes (which lock the zone to serialise its entries).

export type ZoneRow = {
  id: number;
  code: string;
  name: string;
  kind: ZoneKind;
  district: string;
  status: ZoneStatus;
  inPlan2030: boolean;
  priorityFromYear: number | null;
  priorityToYear: number | null;
  establishingDecisionNo: string | null;
  establishingDecisionDate: Date | null;
  infrastructureInvestor: string | null;
  totalAreaHa: string;
  leasableAreaHa: string;
  constructionPlanApproved: boolean;
  infrastructureStatus: InfrastructureStatus;
  version: number;
  archivedAt: Date | null;
};

export const ZONE_FIELDS = [
  "code",
  "name",
  "kind",
  "district",
  "status",
  "inPlan2030",
  "priorityFromYear",
  "priorityToYear",
  "establishingDecisionNo",
  "establishingDecisionDate",
  "infrastructureInvestor",
  "totalAreaHa",
  "leasableAreaHa",
  "constructionPlanApproved",
  "infrastructureStatus",
] as const satisfies readonly (keyof ZoneRow)[];

export type ZoneValues = Pick<ZoneRow, (typeof ZONE_FIELDS)[number]>;

/**
 * Locks the zone row (SELECT … FOR UPDATE) until the transaction ends: edits of one zone and the
 * entries of its progress history queue here. Archived zones are out of reach (null → NOT_FOUND).
 */
export async function lockZone(tx: Tx, id: number): Promise<ZoneRow | null> {
  const rows = await tx.$queryRaw<(Omit<ZoneRow, "establishingDecisionDate"> & { establishingDecisionDate: string | null })[]>`
    SELECT id, code, name, kind::text AS kind, district, status::text AS status, "inPlan2030", "priorityFromYear", "priorityToYear",
           "establishingDecisionNo", to_char("establishingDecisionDate", 'YYYY-MM-DD') AS "establishingDecisionDate", "infrastructureInvestor",
           trim_scale("totalAreaHa")::text AS "totalAreaHa", trim_scale("leasableAreaHa")::text AS "leasableAreaHa",
           "constructionPlanApproved", "infrastructureStatus"::text AS "infrastructureStatus", version, "archivedAt"
    FROM "Zone"
    WHERE id = ${id} AND "archivedAt" IS NULL
    FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, establishingDecisionDate: row.establishingDecisionDate ? new Date(`${row.establishingDecisionDate}T00:00:00Z`) : null };
}

function auditValue(value: ZoneValues[keyof ZoneValues], field: string): string | number | boolean | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (field.endsWith("Ha") && typeof value === "string") return toDecimal(value)?.toString() ?? value;
  return value;
}

/** Field-level { from, to } of what differs; `before` null for a creation (every field from null). */
export function zoneChanges(before: ZoneValues | null, after: ZoneValues): Changes {
  const changes: Changes = {};
  for (const field of ZONE_FIELDS) {
    const from = before ? auditValue(before[field], field) : null;
    const to = auditValue(after[field], field);
    if (from !== to) changes[field] = { from, to };
  }
  return changes;
}
