import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { checkProjectInput, inputSnapshot, investorLinks, projectColumns, takenFields } from "./check-project-input";
import { LEDGER_TX } from "./ledger";
import { snapshotChanges } from "./project-snapshot";
import type { CreateProjectInput } from "./schemas";

/**
 * Registers a project with its IRC, investors and initial capital (its current capital until the
 * first amendment). The lead investor's country is copied to originCountry; the VSIC section comes
 * from the code. One audit event, in the same transaction, lists every field from null.
 */
export async function createProject(actor: CurrentUser | null, input: CreateProjectInput): Promise<{ id: number; version: number }> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const checked = await checkProjectInput(tx, input, null);
      if (Object.keys(checked.fieldErrors).length > 0 || !checked.lead) throw new AppError("VALIDATION", checked.fieldErrors);
      const lead = checked.lead;
      const project = await tx.project.create({
        data: { ...projectColumns(input, lead), currentCapital: input.initialCapital, createdById: actor.id },
        select: { id: true, version: true },
      });
      await tx.projectInvestor.createMany({
        data: investorLinks(project.id, lead, checked.others),
      });
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "Project",
        entityId: project.id,
        changes: snapshotChanges(null, inputSnapshot(input, { lead, others: checked.others, zone: checked.zone })),
      });
      return project;
    }, LEDGER_TX);
  } catch (e) {
    // Another project took the code or IRC number between the check and the insert.
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", await takenOrGeneric(input));
    throw e;
  }
}

async function takenOrGeneric(input: CreateProjectInput) {
  const errors = await takenFields(db, input, null);
  return Object.keys(errors).length > 0 ? errors : { code: [{ key: "projects.errors.codeTaken" }] };
}
