import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export type BulletinListRow = { id: number; reportDate: Date; generatedAt: Date; generatedByName: string };

/** How many kept bulletins the list shows, newest first (a year of monthly bulletins is 12). */
export const BULLETIN_LIST_LIMIT = 100;

/** The kept bulletins, newest first, without their files. */
export async function listBulletins(actor: CurrentUser | null): Promise<BulletinListRow[]> {
  assertCan(actor, "reports:read");
  return db.bulletin.findMany({
    select: { id: true, reportDate: true, generatedAt: true, generatedByName: true },
    orderBy: [{ generatedAt: "desc" }, { id: "desc" }],
    take: BULLETIN_LIST_LIMIT,
  });
}
