import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { BulletinDocument } from "./document";

/** The kept document model, for the print view. */
export async function getBulletinDocument(actor: CurrentUser | null, id: number): Promise<BulletinDocument> {
  assertCan(actor, "reports:read");
  const row = await db.bulletin.findUnique({ where: { id }, select: { document: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return row.document as unknown as BulletinDocument;
}
