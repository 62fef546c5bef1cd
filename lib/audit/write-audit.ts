import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditActor = { id: number; email: string };
export type FieldChange = { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null };
export type Changes = Record<string, FieldChange>;

export type AuditInput = {
  actor: AuditActor | null;
  action: AuditAction;
  entity: string;
  entityId: string | number;
  changes?: Changes;
  meta?: Prisma.InputJsonObject;
};

/** Always called with the transaction that makes the change, so the record and its audit commit together. */
export async function writeAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(input) });
}

/**
 * Many events in one statement (bulk imports), in the caller's transaction like writeAudit. Raw
 * SQL over arrays: building thousands of rows through the client costs more than inserting them.
 */
export async function writeAudits(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const rows = inputs.map(auditRow);
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", "actorEmail", action, entity, "entityId", changes, meta)
    SELECT * FROM unnest(${rows.map((r) => r.actorId)}::int[], ${rows.map((r) => r.actorEmail)}::text[],
                         ${rows.map((r) => r.action)}::"AuditAction"[], ${rows.map((r) => r.entity)}::text[],
                         ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => json(r.changes))}::jsonb[],
                         ${rows.map((r) => json(r.meta))}::jsonb[])`;
}

function auditRow(input: AuditInput) {
  return {
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entity: input.entity,
    entityId: String(input.entityId),
    changes: input.changes,
    meta: input.meta,
  };
}
