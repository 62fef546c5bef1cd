import "server-only";
import { vietnameseCollation } from "@/lib/data-table/collation";
import { Prisma } from "@/lib/generated/prisma/client";
import { orderBy, zoneConditions, zoneRowsSql, type ZoneSqlRow } from "@/lib/zones/find-zones";
import type { Messages } from "@/lib/i18n/messages";
import { parseZoneListParams, PRIORITY_ANY, PRIORITY_NONE, type ZoneColumn } from "@/lib/zones/list-params";
import type { ExportColumn } from "../cells";
import { lines, sortLine } from "../describe";
import { auditParams, type ViewDefinition } from "../view";

const AREA = "#,##0.00##";

/** The zones list (/zones) with its figures, under the list's own filters and order. */
export const zonesView: ViewDefinition<ZoneSqlRow> = {
  permission: "zones:read",
  async prepare(_actor, raw, { t }) {
    const params = parseZoneListParams(raw);
    const conditions = zoneConditions(params);
    const collate = params.sort === "name" || params.sort === "district" ? await vietnameseCollation() : Prisma.empty;
    const col = (key: ZoneColumn) => t(`zoneList.columns.${key}`);
    const extra = (key: keyof Messages["exports"]["zoneColumns"]) => t(`exports.zoneColumns.${key}`);
    const columns: ExportColumn[] = [
      { header: col("code"), kind: "text", width: 12 },
      { header: col("name"), kind: "text", width: 36 },
      { header: col("kind"), kind: "text", width: 8 },
      { header: col("status"), kind: "text", width: 16 },
      { header: col("district"), kind: "text", width: 20 },
      { header: extra("totalAreaHa"), kind: "decimal", width: 14, numFmt: AREA },
      { header: extra("leasableAreaHa"), kind: "decimal", width: 14, numFmt: AREA },
      { header: extra("leasedHa"), kind: "decimal", width: 14, numFmt: AREA },
      { header: col("occupancy"), kind: "percent", width: 12 },
      { header: col("projects"), kind: "integer", width: 12 },
      { header: extra("activeSecondaryFdi"), kind: "integer", width: 12 },
      { header: extra("activeSecondaryDdi"), kind: "integer", width: 12 },
      { header: col("clearance"), kind: "percent", width: 12 },
      { header: extra("landClearedHa"), kind: "decimal", width: 14, numFmt: AREA },
      { header: extra("landToClearHa"), kind: "decimal", width: 14, numFmt: AREA },
      { header: extra("progressOn"), kind: "date", width: 12 },
      { header: col("infrastructure"), kind: "text", width: 18 },
    ];
    const priority =
      params.priority === PRIORITY_ANY
        ? t("zoneList.filters.priorityAny")
        : params.priority === PRIORITY_NONE
          ? t("zoneList.filters.priorityNone")
          : params.priority;
    return {
      title: t("exports.views.zones"),
      columns,
      count: Prisma.sql`SELECT count(*)::int AS count FROM "Zone" z WHERE ${Prisma.join(conditions, " AND ")}`,
      query: Prisma.sql`WITH f AS (${zoneRowsSql(conditions, {})})
        SELECT f.code, f.name, f.kind, f.status, f.district, f.total::text AS total, f.leasable::text AS leasable,
               f.leased::text AS leased, f.occupancy::text AS occupancy, f.active, f.fdi, f.ddi,
               f.clearance::text AS clearance, f.cleared::text AS cleared, f.to_clear::text AS to_clear, f.progress_on, f.infra
        FROM f ORDER BY ${orderBy(params.sort, params.dir, collate)}`,
      cells: (r) => [
        r.code,
        r.name,
        t(`zoneList.kinds.${r.kind}`),
        t(`zoneList.statuses.${r.status}`),
        r.district,
        r.total,
        r.leasable,
        r.leased,
        r.occupancy,
        r.active,
        r.fdi,
        r.ddi,
        r.clearance,
        r.cleared,
        r.to_clear,
        r.progress_on,
        t(`zoneList.infrastructure.${r.infra}`),
      ],
      filters: lines(
        [t("zoneList.tabs.label"), params.kind && t(`zoneList.kindNames.${params.kind}`)],
        [t("zoneList.filters.status"), params.status?.map((s) => t(`zoneList.statuses.${s}`)).join(", ")],
        [t("zoneList.filters.district"), params.district],
        [t("zoneList.filters.inPlan"), params.inPlan && t(params.inPlan === "yes" ? "zoneList.filters.inPlanYes" : "zoneList.filters.inPlanNo")],
        [t("zoneList.filters.priority"), priority],
        [t("zoneList.filters.infra"), params.infra?.map((s) => t(`zoneList.infrastructure.${s}`)).join(", ")],
        [t("exports.notes.search"), params.q],
      ),
      sort: sortLine(t, col(params.sort), params.dir),
      params: auditParams(params),
    };
  },
};
