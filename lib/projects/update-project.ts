import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { formatDate } from "@/lib/format";
import { checkProjectInput, inputSnapshot, investorLinks, projectColumns, takenFields } from "./check-project-input";
import { LEDGER_TX, lockProject, recomputeLedger } from "./ledger";
import { loadProjectSnapshot, snapshotChanges } from "./project-snapshot";
import type { UpdateProjectInput } from "./schemas";

/**
 * Saves an edit made on `input.version`. If someone saved first (the version moved on), nothing is
 * written and the answer is CONFLICT: the form keeps its input and says so. A new initial capital
 * re-derives the amendment chain; a later IRC date may not leave an amendment before it.
 */
export async function updateProject(actor: CurrentUser | null, input: UpdateProjectInput): Promise<{ id: number; version: number }> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const locked = await lockProject(tx, input.id, "live");
      if (!locked) throw new AppError("NOT_FOUND");
      if (locked.version !== input.version) throw new AppError("CONFLICT");
      const before = await loadProjectSnapshot(tx, input.id);
      if (!before) throw new AppError("NOT_FOUND");

      const checked = await checkProjectInput(tx, input, input.id);
      const early = await tx.amendment.findFirst({
        where: { projectId: input.id, amendedOn: { lt: input.ircFirstIssuedOn } },
        orderBy: [{ amendedOn: "asc" }, { number: "asc" }],
        select: { number: true, amendedOn: true },
      });
      if (input.currency !== locked.currency && (await tx.amendment.count({ where: { projectId: input.id } })) > 0) {
        // Amendment deltas are amounts in the project's currency: changing it would re-value them.
        (checked.fieldErrors.currency ??= []).push({ key: "projects.errors.currencyLocked" });
      }
      if (early) {
        (checked.fieldErrors.ircFirstIssuedOn ??= []).push({
          key: "projects.errors.ircAfterAmendment",
          values: { number: early.number, date: formatDate(early.amendedOn) },
        });
      }
      if (Object.keys(checked.fieldErrors).length > 0 || !checked.lead) throw new AppError("VALIDATION", checked.fieldErrors);
      const lead = checked.lead;

      const after = inputSnapshot(input, { lead, others: checked.others, zone: checked.zone });
      const changes = snapshotChanges(before, after);
      // Saving an unchanged form is not a change: no new version, no audit event.
      if (Object.keys(changes).length === 0) return { id: input.id, version: locked.version };

      const updated = await tx.project.update({
        where: { id: input.id },
        data: { ...projectColumns(input, lead), version: { increment: 1 } },
        select: { id: true, version: true },
      });
      if (changes.leadInvestor || changes.otherInvestors) {
        await tx.projectInvestor.deleteMany({ where: { projectId: input.id } });
        await tx.projectInvestor.createMany({
          data: investorLinks(input.id, lead, checked.others),
        });
      }
      if (changes.initialCapital) {
        const ledger = await recomputeLedger(tx, input.id, "initialCapital");
        if (ledger.currentCapital !== locked.currentCapital) changes.currentCapital = { from: locked.currentCapital, to: ledger.currentCapital };
      }
      await writeAudit(tx, { actor, action: "UPDATE", entity: "Project", entityId: input.id, changes });
      return updated;
    }, LEDGER_TX);
  } catch (e) {
    if (isUniqueViolation(e)) {
      const errors = await takenFields(db, input, input.id);
      throw new AppError("VALIDATION", Object.keys(errors).length > 0 ? errors : { code: [{ key: "projects.errors.codeTaken" }] });
    }
    throw e;
  }
}
