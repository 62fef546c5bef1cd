import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { formatDate } from "@/lib/format";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";

// The IRC amendment ledger of one project. The registered capital is derived, never typed twice:
//   capitalAfter(k)  = initialCapital + Σ capitalDelta of amendments 1..k in ledger order
//   capitalBefore(k) = capitalAfter(k) − capitalDelta(k)
//   currentCapital   = initialCapital + Σ every capitalDelta
// Ledger order is (amendedOn, number, id): by date, then the IRC's own sequence number for
// amendments signed the same day, then the row id as a last, stable tie-break.
// All arithmetic is NUMERIC in PostgreSQL: exact, never a float.

/** The project row as a ledger write needs it, read under the row lock. */
export type LockedProject = {
  id: number;
  type: InvestmentType;
  currency: Currency;
  initialCapital: string;
  currentCapital: string;
  landAreaHa: string;
  ircFirstIssuedOn: Date;
  version: number;
  archivedAt: Date | null;
};

/**
 * Locks the project row (SELECT … FOR UPDATE) until the transaction ends, so that every write to
 * its capital or its amendments is serialised: concurrent amendments to one project queue here,
 * and each sees the ones committed before it. Every ledger write takes this lock first, and only
 * this one, so that they cannot deadlock. null when there is no such project in `scope`.
 */
export async function lockProject(tx: Tx, projectId: number, scope: ProjectScope = "any"): Promise<LockedProject | null> {
  const rows = await tx.$queryRaw<LockedProject[]>`
    SELECT id, type, currency, "initialCapital"::text AS "initialCapital", "currentCapital"::text AS "currentCapital",
           "landAreaHa"::text AS "landAreaHa", "ircFirstIssuedOn", version, "archivedAt"
    FROM "Project"
    WHERE id = ${projectId}
      AND (${scope} = 'any' OR (${scope} = 'live') = ("archivedAt" IS NULL))
    FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Which projects a write may reach: live ones (edit, amend, archive), archived ones (restore).
 * A project outside the scope is NOT_FOUND, which does not say whether it exists.
 */
export type ProjectScope = "live" | "archived" | "any";

/** Interactive-transaction limits for ledger writes: they queue on the row lock under load. */
export const LEDGER_TX = { maxWait: 10_000, timeout: 20_000 } as const;

/** Largest registered capital NUMERIC(20,2) holds. */
const CAPITAL_LIMIT = "1000000000000000000"; // 10^18

export type LedgerResult = { currentCapital: string };

/**
 * Rewrites capitalBefore/capitalAfter of every amendment of the project and its currentCapital,
 * inside the caller's transaction, after taking the row lock (again: it is re-entrant).
 * Refuses with a field error on `field` if the capital after any amendment would fall below zero
 * (or overflow the column); the caller's transaction then rolls back and nothing is written.
 */
export async function recomputeLedger(tx: Tx, projectId: number, field: string): Promise<LedgerResult> {
  await lockProject(tx, projectId);

  const bad = await tx.$queryRaw<{ number: number; amendedOn: Date; after: string }[]>`
    SELECT c.number, c."amendedOn", c.after::text AS after
    FROM (
      SELECT a.id, a.number, a."amendedOn",
             p."initialCapital" + SUM(a."capitalDelta") OVER (ORDER BY a."amendedOn", a.number, a.id ROWS UNBOUNDED PRECEDING) AS after
      FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE a."projectId" = ${projectId}
    ) c
    WHERE c.after < 0 OR c.after >= ${CAPITAL_LIMIT}::numeric
    ORDER BY c."amendedOn", c.number, c.id
    LIMIT 1`;
  const first = bad[0];
  if (first) {
    const key = first.after.startsWith("-") ? "projects.errors.capitalBelowZero" : "projects.errors.capitalTooLarge";
    throw new AppError("VALIDATION", { [field]: [{ key, values: { number: first.number, date: formatDate(first.amendedOn) } }] });
  }

  const rows = await tx.$queryRaw<{ currentCapital: string }[]>`
    WITH chain AS (
      SELECT a.id, a."capitalDelta" AS delta,
             p."initialCapital" + SUM(a."capitalDelta") OVER (ORDER BY a."amendedOn", a.number, a.id ROWS UNBOUNDED PRECEDING) AS after
      FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE a."projectId" = ${projectId}
    ), rewritten AS (
      UPDATE "Amendment" a
      SET "capitalBefore" = c.after - c.delta, "capitalAfter" = c.after
      FROM chain c
      WHERE a.id = c.id AND (a."capitalBefore" <> c.after - c.delta OR a."capitalAfter" <> c.after)
      RETURNING a.id
    )
    UPDATE "Project" p
    SET "currentCapital" = p."initialCapital" + COALESCE((SELECT SUM(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id), 0),
        "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE p.id = ${projectId}
    RETURNING p."currentCapital"::text AS "currentCapital", (SELECT count(*) FROM rewritten) AS rewritten`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND");
  return { currentCapital: row.currentCapital };
}
