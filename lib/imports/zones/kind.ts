import type { Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { zoneColumns } from "@/lib/zones/create-zone";
import { isDecided } from "@/lib/zones/schemas";
import { zoneChanges } from "@/lib/zones/zone-row";
import { ZONE_COLUMNS } from "@/lib/spreadsheet/zone-columns";
import type { ImportKindDef, Progress } from "../types";
import { validateZones, type ZonePlan } from "./validate-zones";

/**
 * Each zone as createZone / updateZone write it, audited. Registering a zone ESTABLISHED or
 * OPERATING, or moving one to or from those, is a board decision: without "zones:decide" (STAFF)
 * the whole import is refused.
 */
async function commitZones(tx: Tx, actor: CurrentUser, plan: ZonePlan, progress: Progress) {
  let done = 0;
  for (const { input, existing } of plan.writes) {
    const values = zoneColumns(input);
    if (!existing) {
      if (isDecided(input.status)) assertCan(actor, "zones:decide");
      const zone = await tx.zone.create({ data: values, select: { id: true } });
      await writeAudit(tx, { actor, action: "CREATE", entity: "Zone", entityId: zone.id, changes: zoneChanges(null, values) });
    } else {
      if (input.status !== existing.status && (isDecided(input.status) || isDecided(existing.status as typeof input.status))) assertCan(actor, "zones:decide");
      await tx.zone.update({ where: { id: existing.id }, data: { ...values, version: { increment: 1 } }, select: { id: true } });
      await writeAudit(tx, { actor, action: "UPDATE", entity: "Zone", entityId: existing.id, changes: existing.changes });
    }
    done += 1;
  }
  await progress(done);
}

export const ZONES_KIND: ImportKindDef<ZonePlan> = {
  columns: ZONE_COLUMNS,
  permission: "zones:write",
  required: ["code", "name", "kind", "district", "status", "totalAreaHa", "leasableAreaHa"],
  example: {
    code: "KCN-VD",
    name: "KCN Ví dụ",
    kind: "KCN",
    district: "Huyện Ví dụ",
    status: "Quy hoạch",
    inPlan2030: "Có",
    priorityFromYear: 2026,
    priorityToYear: 2030,
    establishingDecisionNo: "",
    establishingDecisionDate: "",
    infrastructureInvestor: "",
    totalAreaHa: 350,
    leasableAreaHa: 240.5,
    constructionPlanApproved: "Không",
    infrastructureStatus: "Chưa triển khai",
  },
  validate: validateZones,
  commit: commitZones,
};
