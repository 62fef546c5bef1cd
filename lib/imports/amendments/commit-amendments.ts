import type { Tx } from "@/lib/db";
import { writeAudits, type AuditInput } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { amendmentAudit, checkLandArea } from "@/lib/projects/amendment-audit";
import { lockProject, recomputeLedger } from "@/lib/projects/ledger";
import { Dec } from "@/lib/format/decimal";
import { AppError } from "@/lib/actions/app-error";
import type { Progress } from "../types";
import type { AmendmentPlan, AmendmentWrite } from "./validate-amendments";

/**
 * New amendments through the ledger, as addAmendment writes them: under each project's row lock,
 * capitalBefore/After and the project's current capital re-derived, land area moved, one CREATE
 * audit event per amendment. Projects are written in id order (the ledger's one lock each).
 */
export async function commitAmendments(tx: Tx, actor: CurrentUser, plan: AmendmentPlan, progress: Progress): Promise<void> {
  const byProject = new Map<number, AmendmentWrite[]>();
  for (const w of plan.writes) (byProject.get(w.projectId) ?? byProject.set(w.projectId, []).get(w.projectId)!).push(w);
  let done = 0;
  for (const [projectId, writes] of [...byProject.entries()].sort((a, b) => a[0] - b[0])) {
    const project = await lockProject(tx, projectId, "live");
    if (!project) throw new AppError("CONFLICT");
    const landDelta = writes.reduce((sum, w) => sum.plus(w.input.landAreaDeltaHa), new Dec(0)).toString();
    const land = checkLandArea(project.landAreaHa, landDelta);
    await tx.amendment.createMany({
      data: writes.map((w) => ({
        projectId,
        number: w.input.number,
        amendedOn: w.input.amendedOn,
        capitalDelta: w.input.capitalDelta,
        capitalBefore: 0, // the ledger below derives them from the whole chain
        capitalAfter: 0,
        landAreaDeltaHa: w.input.landAreaDeltaHa,
        otherChanges: w.input.otherChanges,
        createdById: actor.id,
      })),
    });
    const ledger = await recomputeLedger(tx, projectId, "capitalDelta");
    if (land.changed) await tx.project.update({ where: { id: projectId }, data: { landAreaHa: land.after } });
    const rows = await tx.amendment.findMany({ where: { projectId, number: { in: writes.map((w) => w.input.number) } } });
    const audits: AuditInput[] = rows.map((row) => ({
      actor,
      action: "CREATE",
      entity: "Amendment",
      entityId: row.id,
      changes: amendmentAudit(null, row, {
        currentCapital: { from: project.currentCapital, to: ledger.currentCapital },
        landAreaHa: { from: project.landAreaHa, to: land.after },
      }),
      meta: { projectId },
    }));
    await writeAudits(tx, audits);
    done += writes.length;
    await progress(done);
  }
}
