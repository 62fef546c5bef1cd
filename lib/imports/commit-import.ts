import "server-only";
import { db, type Prisma } from "@/lib/db";
import { AppError, isAppError } from "@/lib/actions/app-error";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isUniqueViolation } from "@/lib/db-errors";
import { findJob, progressOf } from "./find-job";
import { IMPORT_TX } from "./limits";
import { kindDef } from "./kinds";
import { countResults, type Counts } from "./types";


/**
 * Writes a previewed import, all or nothing, in one transaction: the rows are validated again
 * inside it (the database may have changed since the preview) with the same checks, written, and
 * audited (one IMPORT event with the file name and counts, plus each record's own event). The job
 * becomes COMMITTED in the same transaction; a failure or a killed process leaves nothing written.
 */
export async function commitImport(actor: CurrentUser | null, input: { id: number }): Promise<{ counts: Counts }> {
  assertCan(actor, "imports:run");
  const job = await findJob(actor, input.id);
  const def = kindDef(job.kind);
  if (!def) throw new AppError("NOT_FOUND");
  assertCan(actor, def.permission);
  if (job.status !== "READY") throw new AppError("CONFLICT");
  if (((job.counts ?? {}) as Partial<Counts>).error) throw new AppError("VALIDATION", { _form: [{ key: "imports.errors.fixErrorsFirst" }] });
  const claimed = await db.importJob.updateMany({ where: { id: job.id, status: "READY" }, data: { status: "COMMITTING", done: 0, failure: null } });
  if (claimed.count !== 1) throw new AppError("CONFLICT");

  try {
    return await db.$transaction(async (tx) => {
      const checked = await def.validate(tx, job.rows, job.mappingOf, async () => {});
      const counts = countResults(checked.results);
      if (counts.error > 0) throw new ChangedSincePreview(checked.results as Prisma.InputJsonValue, counts);
      await def.commit(tx, actor, checked.plan, progressOf(job.id));
      await writeAudit(tx, {
        actor,
        action: "IMPORT",
        entity: "ImportJob",
        entityId: job.id,
        meta: { fileName: job.fileName, kind: job.kind, rows: job.rows.length, ...counts },
      });
      await tx.importJob.update({ where: { id: job.id }, data: { status: "COMMITTED", committedAt: new Date(), counts, done: job.rows.length }, select: { id: true } });
      return { counts };
    }, IMPORT_TX);
  } catch (e) {
    if (e instanceof ChangedSincePreview) {
      await db.importJob.update({ where: { id: job.id }, data: { status: "READY", preview: e.results, counts: e.counts, failure: "imports.errors.changedSincePreview" }, select: { id: true } });
      throw new AppError("VALIDATION", { _form: [{ key: "imports.errors.changedSincePreview" }] });
    }
    const failure = isAppError(e) && e.fieldErrors ? firstKey(e.fieldErrors) : isUniqueViolation(e) ? "imports.errors.changedSincePreview" : "imports.errors.commitFailed";
    await db.importJob.update({ where: { id: job.id }, data: { status: "READY", failure }, select: { id: true } });
    if (isAppError(e)) throw e;
    if (isUniqueViolation(e)) throw new AppError("CONFLICT");
    throw e;
  }
}

class ChangedSincePreview extends Error {
  constructor(
    readonly results: Prisma.InputJsonValue,
    readonly counts: Counts,
  ) {
    super("changed since preview");
  }
}

function firstKey(errors: Record<string, { key: string }[]>): string {
  return Object.values(errors)[0]?.[0]?.key ?? "imports.errors.commitFailed";
}
