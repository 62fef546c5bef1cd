import type { Tx } from "@/lib/db";
import { loadProjectSnapshots, type ProjectSnapshot } from "@/lib/projects/project-snapshot";

// What a projects import reads before it decides: each in one statement, arrays passed as one
// parameter (a 100,000-row file would exceed PostgreSQL's 65,535 bind parameters otherwise).

export type ZoneRef = { id: number; code: string; name: string; archived: boolean };
export type InvestorRef = { id: number; name: string; country: string; identifier: string | null };
export type ExistingProject = {
  id: number;
  code: string;
  ircNumber: string;
  archived: boolean;
  snapshot: ProjectSnapshot;
  firstAmendment: { number: number; amendedOn: Date } | null;
};

export async function loadZones(client: Tx): Promise<Map<string, ZoneRef>> {
  const zones = await client.zone.findMany({ select: { id: true, code: true, name: true, archivedAt: true } });
  return new Map(zones.map((z) => [z.code.toUpperCase(), { id: z.id, code: z.code, name: z.name, archived: z.archivedAt !== null }]));
}

/** By (country, identifier) through the unique index, and by exact name where a row gives no identifier. */
export async function loadInvestors(client: Tx, keys: { country: string; identifier: string }[], names: string[]): Promise<InvestorRef[]> {
  return client.$queryRaw<InvestorRef[]>`
    SELECT i.id, i.name, i.country::text AS country, i.identifier FROM "Investor" i
    JOIN unnest(${keys.map((k) => k.country)}::text[], ${keys.map((k) => k.identifier)}::text[]) AS u(country, identifier)
      ON i.country = u.country AND i.identifier = u.identifier
    UNION
    SELECT i.id, i.name, i.country::text AS country, i.identifier FROM "Investor" i
    JOIN unnest(${names}::text[]) AS u(name) ON i.name = u.name
    WHERE i.identifier IS NULL
    ORDER BY id`;
}

export async function loadProjects(client: Tx, codes: string[], ircNumbers: string[]): Promise<ExistingProject[]> {
  const rows = await client.$queryRaw<{ id: number; code: string; ircNumber: string; archived: boolean; firstNumber: number | null; firstOn: Date | null }[]>`
    SELECT p.id, p.code, p."ircNumber", p."archivedAt" IS NOT NULL AS archived, a.number AS "firstNumber", a."amendedOn" AS "firstOn"
    FROM "Project" p
    LEFT JOIN LATERAL (
      SELECT number, "amendedOn" FROM "Amendment" WHERE "projectId" = p.id ORDER BY "amendedOn", number LIMIT 1
    ) a ON true
    WHERE p.code = ANY(${codes}::text[]) OR p."ircNumber" = ANY(${ircNumbers}::text[])`;
  const snapshots = await loadProjectSnapshots(client, rows.map((r) => r.id));
  return rows.flatMap((r) => {
    const snapshot = snapshots.get(r.id);
    if (!snapshot) return [];
    const firstAmendment = r.firstNumber !== null && r.firstOn ? { number: r.firstNumber, amendedOn: r.firstOn } : null;
    return [{ id: r.id, code: r.code, ircNumber: r.ircNumber, archived: r.archived, snapshot, firstAmendment }];
  });
}
