import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { lockAdminSet, assertNotLastAdmin } from "./admin-lock";
import type { SetActiveInput } from "./schemas";

/** Deactivation takes effect on the user's next request: getCurrentUser reads `active` every time. */
export async function setActive(actor: CurrentUser | null, input: SetActiveInput) {
  assertCan(actor, "users:manage");
  if (input.id === actor.id && !input.active) throw new AppError("SELF_LOCKOUT");
  return db.$transaction(async (tx) => {
    await lockAdminSet(tx);
    const user = await tx.user.findUnique({ where: { id: input.id } });
    if (!user) throw new AppError("NOT_FOUND");
    if (user.version !== input.version) throw new AppError("CONFLICT");
    if (user.active === input.active) return { id: user.id, email: user.email, version: user.version };
    if (!input.active && user.role === "ADMIN") await assertNotLastAdmin(tx, user.id);
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, version: { increment: 1 } },
      select: { id: true, email: true, version: true },
    });
    await writeAudit(tx, {
      actor,
      action: "UPDATE",
      entity: "User",
      entityId: user.id,
      changes: { active: { from: user.active, to: input.active } },
    });
    return updated;
  });
}
