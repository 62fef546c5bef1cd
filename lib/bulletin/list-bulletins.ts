import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { offsetOf, toPage, type Page, type PerPage } from "@/lib/data-table/paging";

export type BulletinListRow = { id: number; reportDate: Date; generatedAt: Date; generatedByName: string };

/** The kept bulletins, newest first, a page at a time (the paging contract of every list), without their files. */
export async function listBulletins(actor: CurrentUser | null, paging: { page: number; perPage: PerPage }): Promise<Page<BulletinListRow>> {
  assertCan(actor, "reports:read");
  const { page, perPage } = paging;
  const [data, count] = await db.$transaction([
    db.bulletin.findMany({
      select: { id: true, reportDate: true, generatedAt: true, generatedByName: true },
      orderBy: [{ generatedAt: "desc" }, { id: "desc" }],
      skip: offsetOf(page, perPage),
      take: perPage,
    }),
    db.bulletin.count(),
  ]);
  return toPage(data, count, page, perPage);
}
