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

/** Many events in one statement (bulk imports), in the caller's transaction like writeAudit. */
export async function writeAudits(tx: Tx, inputs: AuditInput[]): Promise<void> {
  if (inputs.length > 0) await tx.auditEvent.createMany({ data: inputs.map(auditRow) });
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
