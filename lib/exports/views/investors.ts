import "server-only";
import { vietnameseCollation } from "@/lib/data-table/collation";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvestorKind } from "@/lib/generated/prisma/enums";
import { investorConditions, orderBy } from "@/lib/investors/find-investors";
import { parseInvestorListParams, type InvestorColumn } from "@/lib/investors/list-params";
import { lines, sortLine } from "../describe";
import { auditParams, type ViewDefinition } from "../view";

type InvestorExportRow = { name: string; kind: InvestorKind; country: string; identifier: string | null; projectCount: number };

/** The investors list (/investors), with each investor's live projects, under the list's filters and order. */
export const investorsView: ViewDefinition<InvestorExportRow> = {
  permission: "projects:read",
  async prepare(_actor, raw, { t }) {
    const params = parseInvestorListParams(raw);
    const conditions = investorConditions(params);
    const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
    const collate = params.sort === "identifier" ? Prisma.empty : await vietnameseCollation();
    const col = (key: InvestorColumn) => t(`investorList.columns.${key}`);
    return {
      title: t("exports.views.investors"),
      columns: [
        { header: col("name"), kind: "text", width: 40 },
        { header: col("kind"), kind: "text", width: 12 },
        { header: col("country"), kind: "text", width: 10 },
        { header: col("identifier"), kind: "text", width: 20 },
        { header: col("projects"), kind: "integer", width: 10 },
      ],
      count: Prisma.sql`SELECT count(*)::int AS count FROM "Investor" i ${where}`,
      // The same count per investor as the list's rows; wrapped so that the list's ORDER BY
      // (which names i.* and "projectCount") applies unchanged.
      query: Prisma.sql`SELECT i.name, i.kind, i.country, i.identifier, i."projectCount" FROM (
          SELECT i.id, i.name, i.kind, i.country::text AS country, i.identifier,
                 (SELECT count(*)::int FROM "ProjectInvestor" pi JOIN "Project" p ON p.id = pi."projectId"
                   WHERE pi."investorId" = i.id AND p."archivedAt" IS NULL) AS "projectCount"
          FROM "Investor" i ${where}
        ) i
        ORDER BY ${orderBy(params.sort, params.dir, collate)}`,
      cells: (r) => [r.name, t(`investorList.kinds.${r.kind}`), r.country, r.identifier, r.projectCount],
      filters: lines(
        [t("investorList.filters.country"), params.country],
        [t("investorList.filters.kind"), params.kind && t(`investorList.kinds.${params.kind}`)],
        [t("exports.notes.search"), params.q],
      ),
      sort: sortLine(t, col(params.sort), params.dir),
      params: auditParams(params),
    };
  },
};
