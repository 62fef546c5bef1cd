import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { diffFields } from "@/lib/audit/diff";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import type { InvestorSummary } from "./create-investor";
import type { UpdateInvestorInput } from "./schemas";

const FIELDS = ["name", "kind", "country", "identifier"] as const;

/**
 * Saves an edit made on `input.version` (a stale version → CONFLICT, nothing written). A new
 * country is copied to the originCountry of every project the investor leads, in the same
 * transaction, so that country filters and reports follow it.
 */
export async function updateInvestor(actor: CurrentUser | null, input: UpdateInvestorInput): Promise<InvestorSummary> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Investor" WHERE id = ${input.id} FOR UPDATE`;
      if (rows.length === 0) throw new AppError("NOT_FOUND");
      const before = await tx.investor.findUniqueOrThrow({ where: { id: input.id } });
      if (before.version !== input.version) throw new AppError("CONFLICT");
      const fields = { name: input.name, kind: input.kind, country: input.country, identifier: input.identifier };
      const changes = diffFields(before, fields, FIELDS);
      const select = { id: true, name: true, kind: true, country: true, identifier: true, version: true } as const;
      if (Object.keys(changes).length === 0) return tx.investor.findUniqueOrThrow({ where: { id: input.id }, select });
      const updated = await tx.investor.update({ where: { id: input.id }, data: { ...fields, version: { increment: 1 } }, select });
      let projectsUpdated = 0;
      if (changes.country) {
        projectsUpdated = (await tx.project.updateMany({ where: { leadInvestorId: input.id }, data: { originCountry: updated.country } })).count;
      }
      await writeAudit(tx, {
        actor,
        action: "UPDATE",
        entity: "Investor",
        entityId: input.id,
        changes,
        ...(projectsUpdated > 0 ? { meta: { originCountryCopiedTo: projectsUpdated } } : {}),
      });
      return updated;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", { identifier: [{ key: "investors.errors.identifierTaken" }] });
    throw e;
  }
}
