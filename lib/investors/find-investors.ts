import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/assert-can";
import { offsetOf, toPage, type Page } from "@/lib/data-table/paging";
import { vietnameseCollation } from "@/lib/data-table/collation";
import { searchTextContains } from "@/lib/data-table/search";
import type { SortDir } from "@/lib/data-table/url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvestorKind } from "@/lib/generated/prisma/enums";
import { investorListParamsSchema, type InvestorFilters, type InvestorListInput, type InvestorSortKey } from "./list-params";

export type InvestorListRow = {
  id: number;
  name: string;
  kind: InvestorKind;
  /** ISO alpha-2; VN for domestic investors. */
  country: string;
  identifier: string | null;
  /** Projects (not archived) the investor takes part in, as lead or partner. */
  projectCount: number;
};

/** The filters' WHERE conditions on `"Investor" i` (also streamed by lib/exports). */
export function investorConditions(filters: InvestorFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (filters.country) where.push(Prisma.sql`i.country = ${filters.country}::bpchar`);
  if (filters.kind) where.push(Prisma.sql`i.kind = ${filters.kind}::"InvestorKind"`);
  const q = filters.q?.trim();
  if (q) where.push(searchTextContains(Prisma.sql`i."searchText"`, q));
  return where;
}

/** ORDER BY for a whitelisted key, ties broken on the id in the same direction (also used by lib/exports). */
export function orderBy(key: InvestorSortKey, dir: SortDir, collate: Prisma.Sql): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const name = Prisma.sql`i.name ${collate} ${d}`;
  switch (key) {
    case "name":
      return Prisma.sql`${name}, i.id ${d}`;
    case "kind":
      return Prisma.sql`i.kind ${d}, ${name}, i.id ${d}`;
    case "country":
      return Prisma.sql`i.country ${d}, ${name}, i.id ${d}`;
    case "identifier":
      // Investors without an identifier come last in both directions.
      return Prisma.sql`i.identifier ${d} NULLS LAST, i.id ${d}`;
    case "projects":
      // "projectCount" is a column of both the page query and the outer query.
      return Prisma.sql`"projectCount" ${d}, ${name}, i.id ${d}`;
    default:
      return unknownSort(key);
  }
}

function unknownSort(key: never): never {
  void key;
  throw new AppError("VALIDATION", { sort: [{ key: "invalid" }] });
}

/**
 * One page of the investors list: ONE data query and ONE count query, in parallel. The page's
 * ids are chosen first; each row's project count is then a correlated count over the
 * ProjectInvestor index, except when the list is ordered by it. Strict input, as findProjects.
 */
export async function findInvestors(actor: CurrentUser | null, input: InvestorListInput): Promise<Page<InvestorListRow>> {
  assertCan(actor, "projects:read");
  const parsed = investorListParamsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", toFieldErrors(parsed.error));
  const params = parsed.data;
  const conditions = investorConditions(params);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // Live projects per investor, as lead or partner (the same count as each row's, below).
  const projectCounts = Prisma.sql`SELECT pi."investorId", count(*)::int AS n FROM "ProjectInvestor" pi
    JOIN "Project" p ON p.id = pi."projectId" WHERE p."archivedAt" IS NULL GROUP BY pi."investorId"`;
  // The page's ids first (a deferred join); counting every investor's projects only to order by it.
  const order = orderBy(params.sort, params.dir, params.sort === "identifier" ? Prisma.empty : await vietnameseCollation());
  const pageIds =
    params.sort === "projects"
      ? Prisma.sql`SELECT i.id, i.name, coalesce(c.n, 0) AS "projectCount" FROM "Investor" i
          LEFT JOIN (${projectCounts}) c ON c."investorId" = i.id
          ${where} ORDER BY ${order} LIMIT ${params.perPage} OFFSET ${offsetOf(params.page, params.perPage)}`
      : Prisma.sql`SELECT i.id FROM "Investor" i ${where} ORDER BY ${order}
          LIMIT ${params.perPage} OFFSET ${offsetOf(params.page, params.perPage)}`;
  const [rows, countRows] = await Promise.all([
    db.$queryRaw<InvestorListRow[]>`
      SELECT i.id, i.name, i.kind, i.country::text AS country, i.identifier,
             (SELECT count(*)::int FROM "ProjectInvestor" pi JOIN "Project" p ON p.id = pi."projectId"
               WHERE pi."investorId" = i.id AND p."archivedAt" IS NULL) AS "projectCount"
      FROM (${pageIds}) page
      JOIN "Investor" i ON i.id = page.id
      ORDER BY ${order}`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Investor" i ${where}`,
  ]);
  return toPage(rows, countRows[0]?.count ?? 0, params.page, params.perPage);
}
