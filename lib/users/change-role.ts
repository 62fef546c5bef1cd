import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { lockAdminSet, assertNotLastAdmin } from "./admin-lock";
import type { ChangeRoleInput } from "./schemas";

export async function changeRole(actor: CurrentUser | null, input: ChangeRoleInput) {
  assertCan(actor, "users:manage");
  if (input.id === actor.id && input.role !== "ADMIN") throw new AppError("SELF_LOCKOUT");
  return db.$transaction(async (tx) => {
    await lockAdminSet(tx);
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.version !== input.version) throw new AppError("CONFLICT");
    if (user.role === input.role) return { id: user.id, email: user.email, version: user.version };
    if (user.role === "ADMIN" && user.active) await assertNotLastAdmin(tx, user.id);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, version: { increment: 1 } },
      select: { id: true, email: true, version: true },
    });
    await writeAudit(tx, {
      actor,
      action: "UPDATE",
      entity: "User",
      entityId: user.id,
      changes: { role: { from: user.role, to: input.role } },
    });
    return updated;
  });
}
