import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import type { CreateInvestorInput } from "./schemas";

export type InvestorSummary = { id: number; name: string; kind: CreateInvestorInput["kind"]; country: string; identifier: string | null; version: number };

const SELECT = { id: true, name: true, kind: true, country: true, identifier: true, version: true } as const;

/** Registers an investor (from the investor page or inline in the project form), audited. */
export async function createInvestor(actor: CurrentUser | null, input: CreateInvestorInput): Promise<InvestorSummary> {
  assertCan(actor, "projects:write");
  try {
    return await db.$transaction(async (tx) => {
      const investor = await tx.investor.create({ data: input, select: SELECT });
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "Investor",
        entityId: investor.id,
        changes: {
          name: { from: null, to: investor.name },
          kind: { from: null, to: investor.kind },
          country: { from: null, to: investor.country },
          identifier: { from: null, to: investor.identifier },
        },
      });
      return investor;
    });
  } catch (e) {
    // (country, identifier) is unique: the same tax code cannot be registered twice.
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", { identifier: [{ key: "investors.errors.identifierTaken" }] });
    throw e;
  }
}
