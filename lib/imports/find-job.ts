import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Mapping } from "./columns";
import { IMPORT_TX } from "./limits";
import type { SheetRow } from "./read-sheet";

/**
 * A commit's transaction cannot outlive IMPORT_TX (Prisma rolls it back), and the commit writes its
 * progress to the job as it goes: a job still COMMITTING this long after its last write is over.
 */
const COMMIT_OVER_AFTER_MS = IMPORT_TX.maxWait + IMPORT_TX.timeout + 60_000;

/** An import job of its owner: someone else's is NOT_FOUND, which does not say that it exists. */
export async function findJob(actor: CurrentUser, id: number) {
  // The preview is read a page at a time (getImport), never whole.
  const job = await db.importJob.findFirst({ where: { id, createdById: actor.id }, omit: { preview: true } });
  if (!job) throw new AppError("NOT_FOUND");
  if (job.status === "COMMITTING" && Date.now() - job.updatedAt.getTime() > COMMIT_OVER_AFTER_MS) {
    // Its process died mid-commit (PostgreSQL rolled the transaction back, nothing was written) and
    // left the job claimed: give it back so the user can commit again. Only this exact state is reset.
    const reset = await db.importJob.updateMany({
      where: { id: job.id, status: "COMMITTING", updatedAt: job.updatedAt },
      data: { status: "READY", failure: "imports.errors.interrupted" },
    });
    if (reset.count === 1) Object.assign(job, { status: "READY", failure: "imports.errors.interrupted" });
  }
  return { ...job, rows: job.cells as SheetRow[], headerList: job.headers as string[], mappingOf: (job.mapping ?? {}) as Mapping };
}

// Every write to a job selects only its id: the row holds the whole file, which Prisma would
// otherwise read back each time.

/** The job's progress, written on its own connection so that it shows while a transaction runs. */
export function progressOf(id: number) {
  return async (done: number) => {
    await db.importJob.update({ where: { id }, data: { done }, select: { id: true } });
  };
}
