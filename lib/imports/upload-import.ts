import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { checkFile } from "./check-file";
import { guessMapping } from "./columns";
import { kindDef } from "./kinds";
import { MAX_ROWS } from "./limits";
import { readSheet } from "./read-sheet";

export type UploadInput = { kind: ImportKind; fileName: string; bytes: Buffer };

const fileError = (key: string, values?: Record<string, number>) => new AppError("VALIDATION", { file: [{ key: `imports.errors.${key}`, ...(values ? { values } : {}) }] });

/**
 * Checks and reads an uploaded file into a new import job, with the column mapping guessed from
 * its headers. Nothing is validated yet: the page shows the mapping, then asks for a preview.
 */
export async function uploadImport(actor: CurrentUser | null, input: UploadInput): Promise<{ id: number }> {
  assertCan(actor, "imports:run");
  const def = kindDef(input.kind);
  if (!def) throw new AppError("VALIDATION", { kind: [{ key: "imports.errors.kindUnavailable" }] });
  assertCan(actor, def.permission);
  const format = await checkFile(input.fileName, input.bytes);
  const sheet = await readSheet(format, input.bytes);
  if (sheet.rows.length > MAX_ROWS) throw fileError("tooManyRows", { max: MAX_ROWS });
  if (sheet.rows.length === 0) throw fileError("noRows");
  const job = await db.importJob.create({
    data: {
      kind: input.kind,
      fileName: input.fileName.slice(0, 255),
      headers: sheet.headers,
      cells: sheet.rows,
      mapping: guessMapping(def.columns, sheet.headers),
      total: sheet.rows.length,
      createdById: actor.id,
    },
    select: { id: true },
  });
  return job;
}
