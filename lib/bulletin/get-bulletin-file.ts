import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/reports/period";
import type { BulletinFileKind } from "./schemas";

export type BulletinFile = { bytes: Buffer; filename: string; contentType: string };

const CONTENT_TYPES: Record<BulletinFileKind, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The kept file, byte for byte as it was generated. */
export async function getBulletinFile(actor: CurrentUser | null, id: number, kind: BulletinFileKind): Promise<BulletinFile> {
  assertCan(actor, "reports:read");
  const row = await db.bulletin.findUnique({ where: { id }, select: { reportDate: true, pdf: kind === "pdf", xlsx: kind === "xlsx" } });
  const bytes = row?.[kind];
  if (!row || !bytes) throw new AppError("NOT_FOUND");
  return { bytes: Buffer.from(bytes), filename: `bao-cao-thu-hut-dau-tu-${isoDay(row.reportDate)}-${id}.${kind}`, contentType: CONTENT_TYPES[kind] };
}
