import type { CurrentUser } from "@/lib/auth/current-user";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { commitImport } from "../commit-import";
import { getImport } from "../get-import";
import { previewImport } from "../preview-import";
import { uploadImport } from "../upload-import";

/** Upload → preview with the guessed mapping, as the page does before the user confirms. */
export async function previewFile(actor: CurrentUser, kind: ImportKind, fileName: string, bytes: Buffer) {
  const { id } = await uploadImport(actor, { kind, fileName, bytes });
  const guessed = await getImport(actor, { id, progressOnly: true });
  const { counts } = await previewImport(actor, { id, mapping: guessed.mapping });
  return { id, counts };
}

/** Every row's preview result, all pages. */
export async function allRows(actor: CurrentUser, id: number) {
  const first = await getImport(actor, { id });
  const rows = [...first.rows.data];
  for (let page = 2; page <= first.rows.totalPages; page++) rows.push(...(await getImport(actor, { id, page })).rows.data);
  return rows;
}

/** Upload → preview → commit. */
export async function importFile(actor: CurrentUser, kind: ImportKind, fileName: string, bytes: Buffer) {
  const preview = await previewFile(actor, kind, fileName, bytes);
  const committed = await commitImport(actor, { id: preview.id });
  return { id: preview.id, preview: preview.counts, counts: committed.counts };
}
