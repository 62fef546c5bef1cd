import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Mapping } from "./columns";
import { findJob, progressOf } from "./find-job";
import { kindDef } from "./kinds";
import { countResults, type Counts } from "./types";

/**
 * Validates every row of the job with `mapping` (the guessed one, or the user's) and stores the
 * preview: what each row will do, and why. Writes nothing but the job. Progress shows as it goes.
 */
export async function previewImport(actor: CurrentUser | null, input: { id: number; mapping: Mapping }): Promise<{ counts: Counts }> {
  assertCan(actor, "imports:run");
  const job = await findJob(actor, input.id);
  if (job.status === "COMMITTED" || job.status === "COMMITTING") throw new AppError("CONFLICT");
  const def = kindDef(job.kind);
  if (!def) throw new AppError("NOT_FOUND");
  assertCan(actor, def.permission);
  checkMapping(input.mapping, job.headerList.length, def.required);
  await db.importJob.update({ where: { id: job.id }, data: { status: "VALIDATING", done: 0, mapping: input.mapping, failure: null }, select: { id: true } });
  try {
    const { results } = await def.validate(db, job.rows, input.mapping, progressOf(job.id));
    const counts = countResults(results);
    await db.importJob.update({ where: { id: job.id }, data: { status: "READY", preview: results, counts, done: job.rows.length }, select: { id: true } });
    return { counts };
  } catch (e) {
    await db.importJob.update({ where: { id: job.id }, data: { status: "FAILED" }, select: { id: true } });
    throw e;
  }
}

function checkMapping(mapping: Mapping, headers: number, required: readonly string[]) {
  const errors: Record<string, { key: string; values?: Record<string, string> }[]> = {};
  for (const [key, index] of Object.entries(mapping)) {
    if (!Number.isInteger(index) || index < 0 || index >= headers) (errors[key] ??= []).push({ key: "validation.invalid" });
  }
  const used = Object.values(mapping);
  if (new Set(used).size !== used.length) (errors._form ??= []).push({ key: "imports.errors.headerUsedTwice" });
  for (const key of required) if (mapping[key] === undefined) (errors[key] ??= []).push({ key: "imports.errors.columnMissing" });
  if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", errors);
}
