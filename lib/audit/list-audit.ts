import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";

export type AuditTarget = { entity: string; ids: readonly (string | number)[] };

export type AuditEntry = {
  id: string;
  at: Date;
  action: AuditAction;
  entity: string;
  entityId: string;
  actor: { name: string | null; email: string | null };
  /** { field: { from, to } } as written by writeAudit. */
  changes: Record<string, { from: Prisma.JsonValue; to: Prisma.JsonValue }>;
  meta: Prisma.JsonValue;
};

export const AUDIT_LIMIT = 200;

/**
 * The audit events of one record (and, say, its amendments: several targets), newest first, through
 * the (entity, entityId, at) index. Only roles with "audit:read" see who changed what.
 */
export async function listAudit(actor: CurrentUser | null, targets: readonly AuditTarget[], limit = AUDIT_LIMIT): Promise<AuditEntry[]> {
  assertCan(actor, "audit:read");
  const or = targets.filter((t) => t.ids.length > 0).map((t) => ({ entity: t.entity, entityId: { in: t.ids.map(String) } }));
  if (or.length === 0) return [];
  const rows = await db.auditEvent.findMany({
    where: { OR: or },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 1000),
    select: {
      id: true,
      at: true,
      action: true,
      entity: true,
      entityId: true,
      actorEmail: true,
      changes: true,
      meta: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    actor: { name: r.actor?.name ?? null, email: r.actor?.email ?? r.actorEmail },
    changes: isChanges(r.changes) ? r.changes : {},
    meta: r.meta,
  }));
}

function isChanges(value: Prisma.JsonValue): value is Record<string, { from: Prisma.JsonValue; to: Prisma.JsonValue }> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((c) => typeof c === "object" && c !== null && !Array.isArray(c) && "from" in c && "to" in c);
}
