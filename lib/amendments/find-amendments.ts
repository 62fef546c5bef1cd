import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { offsetOf, toPage, type Page } from "@/lib/data-table/paging";
import { searchTextContains } from "@/lib/data-table/search";
import type { SortDir } from "@/lib/data-table/url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import { amendmentListParamsSchema, type AmendmentFilters, type AmendmentListInput, type AmendmentSortKey } from "./list-params";

export type AmendmentListRow = {
  id: number;
  projectId: number;
  projectCode: string;
  projectName: string;
  type: InvestmentType;
  currency: Currency;
  number: number;
  /** A calendar date (midnight UTC). */
  amendedOn: Date;
  /** Exact decimal strings in `currency`. */
  capitalDelta: string;
  capitalAfter: string;
};

/** The filters' WHERE conditions on `"Amendment" a JOIN "Project" p`; archived projects' amendments are not listed. */
export function amendmentConditions(filters: AmendmentFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`p."archivedAt" IS NULL`];
  if (filters.from) where.push(Prisma.sql`a."amendedOn" >= ${filters.from}::date`);
  if (filters.to) where.push(Prisma.sql`a."amendedOn" <= ${filters.to}::date`);
  if (filters.type) where.push(Prisma.sql`p.type = ${filters.type}::"InvestmentType"`);
  if (filters.direction === "increase") where.push(Prisma.sql`a."capitalDelta" > 0`);
  if (filters.direction === "decrease") where.push(Prisma.sql`a."capitalDelta" < 0`);
  if (filters.direction === "unchanged") where.push(Prisma.sql`a."capitalDelta" = 0`);
  const q = filters.q?.trim();
  if (q) where.push(searchTextContains(Prisma.sql`p."searchText"`, q));
  return where;
}

/** ORDER BY for a whitelisted key, ties on the id. Amounts order within their currency (USD before VND ascending). */
export function amendmentOrderBy(key: AmendmentSortKey, dir: SortDir): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const by = (...parts: Prisma.Sql[]) => Prisma.join([...parts.map((part) => Prisma.sql`${part} ${d}`), Prisma.sql`a.id ${d}`], ", ");
  switch (key) {
    case "amendedOn":
      return by(Prisma.sql`a."amendedOn"`);
    case "project":
      return by(Prisma.sql`p.code`, Prisma.sql`a.number`);
    case "type":
      return by(Prisma.sql`p.type`);
    case "number":
      return by(Prisma.sql`a.number`);
    case "delta":
      return by(Prisma.sql`p.currency`, Prisma.sql`a."capitalDelta"`);
    case "capitalAfter":
      return by(Prisma.sql`p.currency`, Prisma.sql`a."capitalAfter"`);
    default:
      return unknownSort(key);
  }
}

function unknownSort(key: never): never {
  void key;
  throw new AppError("VALIDATION", { sort: [{ key: "invalid" }] });
}

/** The columns of a row, for the page and the export alike. */
export const AMENDMENT_ROW_SQL = Prisma.sql`a.id, p.id AS "projectId", p.code AS "projectCode", p.name AS "projectName", p.type, p.currency,
  a.number, a."amendedOn", a."capitalDelta"::text AS "capitalDelta", a."capitalAfter"::text AS "capitalAfter"`;

/** One page of the amendments list (capital amendments across projects): one data query and one count, in parallel. */
export async function findAmendments(actor: CurrentUser | null, input: AmendmentListInput): Promise<Page<AmendmentListRow>> {
  assertCan(actor, "projects:read");
  const parsed = amendmentListParamsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", toFieldErrors(parsed.error));
  const params = parsed.data;
  const where = Prisma.join(amendmentConditions(params), " AND ");
  const [rows, countRows] = await Promise.all([
    db.$queryRaw<AmendmentListRow[]>`
      SELECT ${AMENDMENT_ROW_SQL}
      FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE ${where}
      ORDER BY ${amendmentOrderBy(params.sort, params.dir)}
      LIMIT ${params.perPage} OFFSET ${offsetOf(params.page, params.perPage)}`,
    db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId" WHERE ${where}`,
  ]);
  return toPage(rows, countRows[0]?.count ?? 0, params.page, params.perPage);
}
