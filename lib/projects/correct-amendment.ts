import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatDate, toDecimal } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import type { AmendmentWriteResult } from "./add-amendment";
import { amendmentAudit, checkLandArea } from "./amendment-audit";
import { LEDGER_TX, lockProject, recomputeLedger } from "./ledger";
import type { CorrectAmendmentInput } from "./schemas";

/**
 * Corrects a recorded amendment (a typing mistake, a wrong date). Never silent: the row keeps its
 * id, gets correctedAt and a new version, and one CORRECT audit event holds every field's before
 * and after; the whole chain is re-derived. The amendment must belong to the project named in the
 * input (the one in the URL), otherwise NOT_FOUND.
 */
export async function correctAmendment(actor: CurrentUser | null, input: CorrectAmendmentInput): Promise<AmendmentWriteResult> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const project = await lockProject(tx, input.projectId, "live");
      if (!project) throw new AppError("NOT_FOUND");
      const before = await tx.amendment.findFirst({ where: { id: input.amendmentId, projectId: project.id } });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.version !== input.version) throw new AppError("CONFLICT");
      if (input.amendedOn.getTime() < project.ircFirstIssuedOn.getTime()) {
        throw new AppError("VALIDATION", {
          amendedOn: [{ key: "projects.errors.amendmentBeforeIrc", values: { date: formatDate(project.ircFirstIssuedOn) } }],
        });
      }
      const number = input.number ?? before.number;
      if (number !== before.number) {
        const taken = await tx.amendment.findUnique({ where: { projectId_number: { projectId: project.id, number } }, select: { id: true } });
        if (taken) throw new AppError("VALIDATION", { number: [{ key: "projects.errors.amendmentNumberTaken", values: { number } }] });
      }
      const landDelta = (toDecimal(input.landAreaDeltaHa) ?? new Dec(0)).minus(before.landAreaDeltaHa.toString());
      const land = checkLandArea(project.landAreaHa, landDelta.toString());

      const unchanged =
        number === before.number &&
        input.amendedOn.getTime() === before.amendedOn.getTime() &&
        toDecimal(input.capitalDelta)?.eq(before.capitalDelta.toString()) &&
        toDecimal(input.landAreaDeltaHa)?.eq(before.landAreaDeltaHa.toString()) &&
        input.otherChanges === before.otherChanges;
      if (unchanged) return result(before, project.currentCapital);

      await tx.amendment.update({
        where: { id: before.id },
        data: {
          number,
          amendedOn: input.amendedOn,
          capitalDelta: input.capitalDelta,
          landAreaDeltaHa: input.landAreaDeltaHa,
          otherChanges: input.otherChanges,
          correctedAt: new Date(),
          version: { increment: 1 },
        },
      });
      const ledger = await recomputeLedger(tx, project.id, "capitalDelta");
      if (land.changed) await tx.project.update({ where: { id: project.id }, data: { landAreaHa: land.after } });
      const after = await tx.amendment.findUniqueOrThrow({ where: { id: before.id } });

      await writeAudit(tx, {
        actor,
        action: "CORRECT",
        entity: "Amendment",
        entityId: after.id,
        changes: amendmentAudit(before, after, {
          currentCapital: { from: project.currentCapital, to: ledger.currentCapital },
          landAreaHa: { from: project.landAreaHa, to: land.after },
        }),
        meta: { projectId: project.id },
      });
      return result(after, ledger.currentCapital);
    }, LEDGER_TX);
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", { number: [{ key: "projects.errors.amendmentNumberTaken", values: { number: input.number ?? "" } }] });
    throw e;
  }
}

function result(
  row: { id: number; number: number; version: number; capitalBefore: { toFixed(d: number): string }; capitalAfter: { toFixed(d: number): string } },
  currentCapital: string,
): AmendmentWriteResult {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    capitalBefore: row.capitalBefore.toFixed(2),
    capitalAfter: row.capitalAfter.toFixed(2),
    currentCapital,
  };
}
