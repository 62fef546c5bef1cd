import "server-only";
import { vietnameseCollation } from "@/lib/data-table/collation";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType, ProjectStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import type { Messages } from "@/lib/i18n/messages";
import { orderBy, projectConditions } from "@/lib/projects/find-projects";
import { parseProjectListParams, type ProjectListParams } from "@/lib/projects/list-params";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";
import { BOOLEAN_LABELS, PROJECT_COLUMNS, type ProjectColumnKey } from "@/lib/spreadsheet/project-columns";
import type { Cell, ExportColumn } from "../cells";
import { lines, rangeInWords, isoToVi, sortLine } from "../describe";
import type { ExportContext, FilterLine, Translator, ViewDefinition } from "../view";
import { auditParams } from "../view";

type VsicSection = keyof Messages["projectList"]["vsicSections"];

/** One project as the sheet's columns read it (lib/spreadsheet/project-columns.ts). */
export type ProjectSheetRow = {
  code: string;
  ircNumber: string;
  ircFirstIssuedOn: Date;
  ircIssuingAgency: string;
  name: string;
  type: InvestmentType;
  leadInvestorName: string;
  leadInvestorCountry: string;
  leadInvestorIdentifier: string | null;
  investorException: string | null;
  zoneCode: string | null;
  isSecondary: boolean;
  vsicCode: string;
  currency: Currency;
  initialCapital: string;
  currentCapital: string;
  landAreaHa: string;
  plannedJobs: number;
  status: ProjectStatus;
  statusDecisionNo: string | null;
  statusDecisionOn: Date | null;
};

/** The headers and kinds of PROJECT_COLUMNS in the user's language. */
export function projectSheetColumns(locale: Locale): ExportColumn[] {
  return PROJECT_COLUMNS.map((c) => ({ header: c[locale], kind: c.kind === "enum" || c.kind === "boolean" ? "text" : c.kind, width: c.width }));
}

/**
 * A project row → the sheet's cells, in PROJECT_COLUMNS order. Enums are written as their labels
 * in the user's language (type: "FDI"/"DDI", status: projects.statuses, currency: its ISO code,
 * which is its label in both languages); booleans as BOOLEAN_LABELS. The import reads these back.
 */
export function projectSheetCells(row: ProjectSheetRow, locale: Locale, t: Translator): Cell[] {
  const cell = (key: ProjectColumnKey): Cell => {
    switch (key) {
      case "type":
        return t(`projectList.types.${row.type}`);
      case "status":
        return t(`projects.statuses.${row.status}`);
      case "isSecondary":
        return BOOLEAN_LABELS[locale][row.isSecondary ? "true" : "false"];
      default:
        return row[key];
    }
  };
  return PROJECT_COLUMNS.map((c) => cell(c.key));
}

async function zoneInWords(zone: ProjectListParams["zone"], t: Translator): Promise<string | undefined> {
  if (zone === undefined) return undefined;
  if (zone === "KCN") return t("projectList.filters.inKcn");
  if (zone === "CCN") return t("projectList.filters.inCcn");
  if (zone === "none") return t("projectList.filters.outsideZones");
  const row = await db.zone.findUnique({ where: { id: zone }, select: { code: true, name: true } });
  return row ? `${row.code} – ${row.name}` : `#${zone}`;
}

export async function projectFiltersInWords(params: ProjectListParams, t: Translator): Promise<FilterLine[]> {
  const drill = (key: "increased" | "decreased" | "newOrIncreased", from?: string, to?: string) =>
    from || to ? t(`projectList.drilldown.${key}`, { from: from ? isoToVi(from) : "…", to: to ? isoToVi(to) : "…" }) : null;
  const drilldowns = [
    drill("increased", params.increasedFrom, params.increasedTo),
    drill("decreased", params.decreasedFrom, params.decreasedTo),
    drill("newOrIncreased", params.newOrIncreasedFrom, params.newOrIncreasedTo),
    params.validAsOf ? t("projectList.drilldown.validAsOf", { date: isoToVi(params.validAsOf) }) : null,
  ].filter((s) => s !== null);
  const archived = { exclude: "archivedExclude", include: "archivedInclude", only: "archivedOnly" } as const;
  return [
    ...lines(
      [t("projectList.filters.type"), params.type && t(`projectList.filters.types.${params.type}`)],
      [t("projectList.filters.status"), params.status?.map((s) => t(`projectList.statuses.${s}`)).join(", ")],
      [t("projectList.filters.zone"), await zoneInWords(params.zone, t)],
      [t("projectList.filters.country"), params.country],
      [t("projectList.filters.vsic"), params.vsic && `${params.vsic} – ${t(`projectList.vsicSections.${params.vsic as VsicSection}`)}`],
      [t("projectList.filters.ircDate"), rangeInWords(params.ircFrom, params.ircTo)],
      [t("projectList.drilldown.label"), drilldowns.join("; ")],
      [t("exports.notes.search"), params.q],
      [t("projectList.filters.archived"), params.archived === "exclude" ? null : t(`projectList.filters.${archived[params.archived]}`)],
    ),
  ];
}

/** The projects list's rows with every column of the sheet, under the list's WHERE and ORDER BY. */
async function projectSheetSql(params: ProjectListParams): Promise<{ query: Prisma.Sql; count: Prisma.Sql }> {
  const conditions = projectConditions(params);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const sortsByName = params.sort === "name" || params.sort === "investor";
  const [rate, collate] = await Promise.all([
    params.sort === "capital" ? getRateFor(todayInVietnam()) : null,
    sortsByName ? vietnameseCollation() : Prisma.empty,
  ]);
  const query = Prisma.sql`
    SELECT p.code, p."ircNumber", p."ircFirstIssuedOn", p."ircIssuingAgency", p.name, p.type,
           i.name AS "leadInvestorName", i.country::text AS "leadInvestorCountry", i.identifier AS "leadInvestorIdentifier",
           p."investorException", z.code AS "zoneCode", p."isSecondary", p."vsicCode", p.currency,
           p."initialCapital"::text AS "initialCapital", p."currentCapital"::text AS "currentCapital",
           p."landAreaHa"::text AS "landAreaHa", p."plannedJobs", p.status, p."statusDecisionNo", p."statusDecisionOn"
    FROM "Project" p
    JOIN "Investor" i ON i.id = p."leadInvestorId"
    LEFT JOIN "Zone" z ON z.id = p."zoneId"
    ${where}
    ORDER BY ${orderBy(params.sort, params.dir, rate, collate)}`;
  return { query, count: Prisma.sql`SELECT count(*)::int AS count FROM "Project" p ${where}` };
}

export const projectsView: ViewDefinition<ProjectSheetRow> = {
  permission: "projects:read",
  async prepare(_actor, raw, { locale, t }: ExportContext) {
    const params = parseProjectListParams(raw);
    const { query, count } = await projectSheetSql(params);
    return {
      title: t("exports.views.projects"),
      columns: projectSheetColumns(locale),
      query,
      count,
      cells: (row) => projectSheetCells(row, locale, t),
      filters: await projectFiltersInWords(params, t),
      sort: sortLine(t, t(`projectList.columns.${params.sort}`), params.dir),
      params: auditParams(params),
    };
  },
};
