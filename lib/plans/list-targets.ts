import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Indicator, ScopeKind, ZoneKind } from "@/lib/generated/prisma/enums";
import { FIXED_SCOPES, INDICATORS } from "./schemas";

export type TargetRow = {
  id: number;
  year: number;
  indicator: Indicator;
  scopeKind: ScopeKind;
  scopeKey: string;
  zone: { id: number; code: string; name: string; kind: ZoneKind } | null;
  /** Exact decimal text ("1234.5"). */
  target: string;
  unit: string;
  /** Twelve exact decimal texts, or empty when the target is not split by month. */
  monthlySplit: string[];
  version: number;
  updatedAt: Date;
};

export type TargetList = {
  year: number;
  rows: TargetRow[];
  /** Last year's targets that this year lacks: what "copy last year's plan" would create. */
  copyable: number;
};

const scopeRank = (r: { scopeKind: ScopeKind; zone: { kind: ZoneKind; name: string } | null }) =>
  r.scopeKind === "ZONE" ? FIXED_SCOPES.length + (r.zone?.kind === "CCN" ? 1 : 0) : FIXED_SCOPES.findIndex((s) => s === r.scopeKind);

/** A year's plan targets, for everyone: by indicator (the bulletin's order), then scope. */
export async function listTargets(actor: CurrentUser | null, year: number): Promise<TargetList> {
  assertCan(actor, "plans:read");
  const [rows, copyable] = await Promise.all([
    db.planTarget.findMany({
      where: { year },
      select: {
        id: true,
        year: true,
        indicator: true,
        scopeKind: true,
        scopeKey: true,
        target: true,
        unit: true,
        monthlySplit: true,
        version: true,
        updatedAt: true,
        zone: { select: { id: true, code: true, name: true, kind: true } },
      },
    }),
    countCopyable(year),
  ]);
  const data = rows
    .map((r) => ({ ...r, target: r.target.toString(), monthlySplit: r.monthlySplit.map((v) => v.toString()) }))
    .sort(
      (a, b) =>
        INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator) ||
        scopeRank(a) - scopeRank(b) ||
        (a.zone?.name ?? "").localeCompare(b.zone?.name ?? "", "vi"),
    );
  return { year, rows: data, copyable };
}

/** Last year's targets whose (indicator, scope) this year lacks, zones archived since left out. */
export async function countCopyable(year: number): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count
    FROM "PlanTarget" p
    LEFT JOIN "Zone" z ON z.id = p."zoneId"
    WHERE p.year = ${year - 1}
      AND (p."zoneId" IS NULL OR z."archivedAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "PlanTarget" c WHERE c.year = ${year} AND c.indicator = p.indicator AND c."scopeKey" = p."scopeKey")`;
  return rows[0]?.count ?? 0;
}
