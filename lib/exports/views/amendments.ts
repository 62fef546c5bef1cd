import "server-only";
import { amendmentConditions, amendmentOrderBy, AMENDMENT_ROW_SQL, type AmendmentListRow } from "@/lib/amendments/find-amendments";
import { parseAmendmentListParams, type AmendmentColumn } from "@/lib/amendments/list-params";
import { Prisma } from "@/lib/generated/prisma/client";
import { lines, rangeInWords, sortLine } from "../describe";
import { auditParams, type ViewDefinition } from "../view";

const MONEY = "#,##0.00";

/** The amendments list (/amendments) under its own filters and order. */
export const amendmentsView: ViewDefinition<AmendmentListRow> = {
  permission: "projects:read",
  async prepare(_actor, raw, { t }) {
    const params = parseAmendmentListParams(raw);
    const where = Prisma.join(amendmentConditions(params), " AND ");
    const col = (key: AmendmentColumn) => t(`amendmentList.columns.${key}`);
    return {
      title: t("exports.views.amendments"),
      columns: [
        { header: col("amendedOn"), kind: "date", width: 12 },
        { header: t("amendmentList.sheet.projectCode"), kind: "text", width: 14 },
        { header: t("amendmentList.sheet.projectName"), kind: "text", width: 40 },
        { header: col("type"), kind: "text", width: 8 },
        { header: col("number"), kind: "integer", width: 10 },
        { header: t("amendmentList.sheet.currency"), kind: "text", width: 8 },
        { header: col("delta"), kind: "decimal", width: 20, numFmt: MONEY },
        { header: col("capitalAfter"), kind: "decimal", width: 20, numFmt: MONEY },
      ],
      count: Prisma.sql`SELECT count(*)::int AS count FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId" WHERE ${where}`,
      query: Prisma.sql`SELECT ${AMENDMENT_ROW_SQL} FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
        WHERE ${where} ORDER BY ${amendmentOrderBy(params.sort, params.dir)}`,
      cells: (r) => [r.amendedOn, r.projectCode, r.projectName, t(`projectList.types.${r.type}`), r.number, r.currency, r.capitalDelta, r.capitalAfter],
      filters: lines(
        [t("amendmentList.filters.period"), rangeInWords(params.from, params.to)],
        [t("amendmentList.filters.type"), params.type && t(`projectList.filters.types.${params.type}`)],
        [t("amendmentList.filters.direction"), params.direction && t(`amendmentList.filters.${params.direction}`)],
        [t("exports.notes.search"), params.q],
      ),
      sort: sortLine(t, col(params.sort), params.dir),
      params: auditParams(params),
    };
  },
};
