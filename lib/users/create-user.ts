import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import type { CreateUserInput } from "./schemas";

export async function createUser(actor: CurrentUser | null, input: CreateUserInput) {
  assertCan(actor, "users:manage");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
      await writeAudit(tx, {
        actor,
        action: "CREATE",
        entity: "User",
        entityId: user.id,
        changes: { email: { from: null, to: user.email }, name: { from: null, to: user.name }, role: { from: null, to: user.role } },
      });
      return user;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("VALIDATION", { email: [{ key: "emailTaken" }] });
    throw e;
  }
}
