import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";

/** The zones a project can be placed in, for the project form's select: KCN first, then CCN, by name. */
export async function listZoneOptions(actor: CurrentUser | null) {
  assertCan(actor, "projects:read");
  return db.zone.findMany({
    where: { archivedAt: null },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, kind: true },
  });
}

export type ZoneOption = Awaited<ReturnType<typeof listZoneOptions>>[number];
