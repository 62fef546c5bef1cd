import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatDate } from "@/lib/format";
import { amendmentAudit, checkLandArea } from "./amendment-audit";
import { LEDGER_TX, lockProject, recomputeLedger } from "./ledger";
import type { AddAmendmentInput } from "./schemas";

export type AmendmentWriteResult = {
  id: number;
  number: number;
  version: number;
  capitalBefore: string;
  capitalAfter: string;
  currentCapital: string;
};

/**
 * Records an IRC amendment. Under the project's row lock: the date may not precede the IRC's first
 * issue, the number is the one given (unique in the project) or the next one, and the ledger is
 * re-derived so that capitalBefore/After of every amendment and the project's current capital are
 * exact. A chain that would go below zero is refused and nothing is written.
 */
export async function addAmendment(actor: CurrentUser | null, input: AddAmendmentInput): Promise<AmendmentWriteResult> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const project = await lockProject(tx, input.projectId, "live");
      if (!project) throw new AppError("NOT_FOUND");
      if (input.amendedOn.getTime() < project.ircFirstIssuedOn.getTime()) {
        throw new AppError("VALIDATION", {
          amendedOn: [{ key: "projects.errors.amendmentBeforeIrc", values: { date: formatDate(project.ircFirstIssuedOn) } }],
        });
      }
      let number = input.number;
      if (number === null) {
        const max = await tx.amendment.aggregate({ where: { projectId: project.id }, _max: { number: true } });
        number = (max._max.number ?? 0) + 1;
      } else if (await tx.amendment.findUnique({ where: { projectId_number: { projectId: project.id, number } }, select: { id: true } })) {
        throw new AppError("VALIDATION", { number: [{ key: "projects.errors.amendmentNumberTaken", values: { number } }] });
      }
      const land = checkLandArea(project.landAreaHa, input.landAreaDeltaHa);

      const created = await tx.amendment.create({
        data: {
          projectId: project.id,
          number,
          amendedOn: input.amendedOn,
          capitalDelta: input.capitalDelta,
          // Placeholders: the ledger below derives them from the whole chain.
          capitalBefore: 0,
          capitalAfter: 0,
          landAreaDeltaHa: input.landAreaDeltaHa,
          otherChanges: input.otherChanges,
          createdById: actor.id,
        },
        select: { id: true },
      });
      const ledger = await recomputeLedger(tx, project.id, "capitalDelta");
      if (land.changed) await tx.project.update({ where: { id: project.id }, data: { landAreaHa: land.after } });
      const row = await tx.amendment.findUniqueOrThrow({ where: { id: created.id } });

      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "Amendment",
        entityId: row.id,
        changes: amendmentAudit(null, row, {
          currentCapital: { from: project.currentCapital, to: ledger.currentCapital },
          landAreaHa: { from: project.landAreaHa, to: land.after },
        }),
        meta: { projectId: project.id },
      });
      return {
        id: row.id,
        number: row.number,
        version: row.version,
        capitalBefore: row.capitalBefore.toFixed(2),
        capitalAfter: row.capitalAfter.toFixed(2),
        currentCapital: ledger.currentCapital,
      };
    }, LEDGER_TX);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", { number: [{ key: "projects.errors.amendmentNumberTaken", values: { number: input.number ?? "" } }] });
    throw e;
  }
}
