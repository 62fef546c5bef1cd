import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Changes } from "@/lib/audit/write-audit";

// A project as its audit trail records it: every field a user types, with the investors and the
// zone named (not bare ids) so that the timeline reads "Công ty A → Công ty B".

type Ref = { id: number; name: string };

export type ProjectSnapshot = {
  code: string;
  ircNumber: string;
  ircFirstIssuedOn: Date;
  ircIssuingAgency: string;
  name: string;
  type: string;
  leadInvestor: Ref;
  otherInvestors: Ref[];
  investorException: string | null;
  zone: Ref | null;
  isSecondary: boolean;
  vsicCode: string;
  currency: string;
  initialCapital: string;
  landAreaHa: string;
  plannedJobs: number;
  status: string;
  statusDecisionNo: string | null;
  statusDecisionOn: Date | null;
};

export const SNAPSHOT_FIELDS = [
  "code",
  "ircNumber",
  "ircFirstIssuedOn",
  "ircIssuingAgency",
  "name",
  "type",
  "leadInvestor",
  "otherInvestors",
  "investorException",
  "zone",
  "isSecondary",
  "vsicCode",
  "currency",
  "initialCapital",
  "landAreaHa",
  "plannedJobs",
  "status",
  "statusDecisionNo",
  "statusDecisionOn",
] as const satisfies readonly (keyof ProjectSnapshot)[];

type Value = ProjectSnapshot[keyof ProjectSnapshot];

/** JSON for the audit row: calendar dates as "2026-03-05", decimals as exact strings. */
export function auditValue(value: Value | undefined): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map((r) => ({ id: r.id, name: r.name }));
  if (typeof value === "object") return { id: value.id, name: value.name };
  return value;
}

/** Field-level { from, to } of what differs; `before` null for a creation (every field from null). */
export function snapshotChanges(before: ProjectSnapshot | null, after: ProjectSnapshot): Changes {
  const changes: Changes = {};
  for (const field of SNAPSHOT_FIELDS) {
    const from = before ? auditValue(before[field]) : null;
    const to = auditValue(after[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/**
 * The stored project as a snapshot, read in the caller's transaction (after its row lock). One
 * statement: a transaction has one connection, and Prisma's include would fan out on it.
 */
export async function loadProjectSnapshot(tx: Tx, id: number): Promise<ProjectSnapshot | null> {
  return (await loadProjectSnapshots(tx, [id])).get(id) ?? null;
}

/** Many projects' snapshots in one statement (an import compares thousands), keyed by id. */
export async function loadProjectSnapshots(tx: Tx, ids: number[]): Promise<Map<number, ProjectSnapshot>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<(Omit<ProjectSnapshot, "ircFirstIssuedOn" | "statusDecisionOn"> & { id: number; ircFirstIssuedOn: string; statusDecisionOn: string | null })[]>`
    SELECT p.id, p.code, p."ircNumber", to_char(p."ircFirstIssuedOn", 'YYYY-MM-DD') AS "ircFirstIssuedOn", p."ircIssuingAgency", p.name,
           p.type::text AS type, json_build_object('id', li.id, 'name', li.name) AS "leadInvestor",
           COALESCE((SELECT json_agg(json_build_object('id', i.id, 'name', i.name) ORDER BY i.id)
                     FROM "ProjectInvestor" pi JOIN "Investor" i ON i.id = pi."investorId"
                     WHERE pi."projectId" = p.id AND pi."investorId" <> p."leadInvestorId"), '[]'::json) AS "otherInvestors",
           p."investorException", CASE WHEN z.id IS NULL THEN NULL ELSE json_build_object('id', z.id, 'name', z.name) END AS zone,
           p."isSecondary", p."vsicCode", p.currency::text AS currency, p."initialCapital"::text AS "initialCapital",
           trim_scale(p."landAreaHa")::text AS "landAreaHa", p."plannedJobs", p.status::text AS status, p."statusDecisionNo",
           to_char(p."statusDecisionOn", 'YYYY-MM-DD') AS "statusDecisionOn"
    FROM "Project" p JOIN "Investor" li ON li.id = p."leadInvestorId" LEFT JOIN "Zone" z ON z.id = p."zoneId"
    WHERE p.id = ANY(${ids}::int[])`;
  const out = new Map<number, ProjectSnapshot>();
  for (const { id, ...p } of rows) {
    out.set(id, {
      ...p,
      ircFirstIssuedOn: new Date(`${p.ircFirstIssuedOn}T00:00:00Z`),
      statusDecisionOn: p.statusDecisionOn ? new Date(`${p.statusDecisionOn}T00:00:00Z`) : null,
    });
  }
  return out;
}
