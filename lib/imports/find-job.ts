import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Mapping } from "./columns";
import type { SheetRow } from "./read-sheet";

/** An import job of its owner: someone else's is NOT_FOUND, which does not say that it exists. */
export async function findJob(actor: CurrentUser, id: number) {
  // The preview is read a page at a time (getImport), never whole.
  const job = await db.importJob.findFirst({ where: { id, createdById: actor.id }, omit: { preview: true } });
  if (!job) throw new AppError("NOT_FOUND");
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
