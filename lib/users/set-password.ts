import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { SetPasswordInput } from "./schemas";

/** An administrator sets a new password; it also lifts a login lock. The hash is never audited. */
export async function setPassword(actor: CurrentUser | null, input: SetPasswordInput) {
  assertCan(actor, "users:manage");
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, email: true } });
    if (!user) throw new AppError("NOT_FOUND");
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, lockedUntil: null, failedLoginCount: 0, failedWindowStart: null, version: { increment: 1 } },
    });
    await writeAudit(tx, { actor, action: "UPDATE", entity: "User", entityId: user.id, changes: { password: { from: null, to: "(changed)" } } });
    return { id: user.id, email: user.email };
  });
}
