import "server-only";
import { db, type Tx } from "@/lib/db";
import type { FieldMessage } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Scope } from "./schemas";

/** The zones a target or an actual can be set for: KCN first, then CCN, by name. */
export async function listScopeZones(actor: CurrentUser | null) {
  assertCan(actor, "plans:read");
  return db.zone.findMany({
    where: { archivedAt: null },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, code: true, name: true, kind: true },
  });
}

export type ScopeZone = Awaited<ReturnType<typeof listScopeZones>>[number];

/**
 * A zone scope must name a zone that exists and is not archived; the fixed scopes always exist.
 * Answers the field message, or null. A zone's row is locked (FOR SHARE) so that it cannot be
 * archived while a figure is written for it.
 */
export async function checkScope(tx: Tx, scope: Scope): Promise<FieldMessage | null> {
  if (scope.kind !== "ZONE") return null;
  const rows = await tx.$queryRaw<{ archived: boolean }[]>`SELECT ("archivedAt" IS NOT NULL) AS archived FROM "Zone" WHERE id = ${scope.zoneId} FOR SHARE`;
  const row = rows[0];
  if (!row) return { key: "plans.errors.zoneUnknown" };
  if (row.archived) return { key: "plans.errors.zoneArchived" };
  return null;
}

/** The scope's columns as stored on PlanTarget and IndicatorActual. */
export const scopeColumns = (scope: Scope) => ({ scopeKind: scope.kind, zoneId: scope.zoneId, scopeKey: scope.key });
