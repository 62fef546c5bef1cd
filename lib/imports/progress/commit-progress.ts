import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { checkProgressAgainstZone, progressChanges } from "@/lib/zones/progress-row";
import { lockZone } from "@/lib/zones/zone-row";
import type { Progress } from "../types";
import type { ProgressPlan } from "./validate-progress";

/** Each entry the way addProgress writes it: under the zone's row lock, checked, audited. */
export async function commitProgress(tx: Tx, actor: CurrentUser, plan: ProgressPlan, progress: Progress): Promise<void> {
  let done = 0;
  for (const { input } of plan.writes) {
    const zone = await lockZone(tx, input.zoneId);
    if (!zone) throw new AppError("CONFLICT");
    const values = {
      reportedOn: input.reportedOn,
      landClearedHa: input.landClearedHa,
      landToClearHa: input.landToClearHa,
      infrastructurePct: input.infrastructurePct,
      note: input.note,
    };
    await checkProgressAgainstZone(tx, zone, values, null);
    const row = await tx.zoneProgressUpdate.create({ data: { zoneId: zone.id, ...values, createdById: actor.id }, select: { id: true } });
    await writeAudit(tx, { actor, action: "CREATE", entity: "ZoneProgressUpdate", entityId: row.id, changes: progressChanges(null, values), meta: { zoneId: zone.id } });
    done += 1;
    if (done % 200 === 0) await progress(done);
  }
  await progress(done);
}
