import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { LEDGER_TX, lockProject } from "./ledger";
import type { ArchiveProjectInput } from "./schemas";

/** Archive replaces deletion: the project leaves lists and reports, and can be restored. */
export async function archiveProject(actor: CurrentUser | null, input: ArchiveProjectInput): Promise<{ id: number; version: number }> {
  assertCan(actor, "projects:write");
  return db.$transaction(async (tx) => {
    const locked = await lockProject(tx, input.id, "live");
    if (!locked) throw new AppError("NOT_FOUND");
    if (locked.version !== input.version) throw new AppError("CONFLICT");
    const archivedAt = new Date();
    const updated = await tx.project.update({
      where: { id: input.id },
      data: { archivedAt, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await writeAudit(tx, {
      actor,
      action: "ARCHIVE",
      entity: "Project",
      entityId: input.id,
      changes: { archivedAt: { from: null, to: archivedAt.toISOString() } },
    });
    return updated;
  }, LEDGER_TX);
}
