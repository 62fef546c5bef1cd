import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { LEDGER_TX, lockProject } from "./ledger";
import type { ArchiveProjectInput } from "./schemas";

/** Brings an archived project back into lists and reports, as it was. */
export async function restoreProject(actor: CurrentUser | null, input: ArchiveProjectInput): Promise<{ id: number; version: number }> {
  assertCan(actor, "projects:write");
  return db.$transaction(async (tx) => {
    const locked = await lockProject(tx, input.id, "archived");
    if (!locked || !locked.archivedAt) throw new AppError("NOT_FOUND");
    if (locked.version !== input.version) throw new AppError("CONFLICT");
    const updated = await tx.project.update({
      where: { id: input.id },
      data: { archivedAt: null, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await writeAudit(tx, {
      actor,
      action: "RESTORE",
      entity: "Project",
      entityId: input.id,
      changes: { archivedAt: { from: locked.archivedAt.toISOString(), to: null } },
    });
    return updated;
  }, LEDGER_TX);
}
