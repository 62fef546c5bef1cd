import "server-only";
import { AppError } from "@/lib/actions/app-error";
import { firstParam } from "@/lib/data-table/url";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseIdParam } from "@/lib/projects/route-params";
import { occupancySql } from "@/lib/reports/zones";
import { lines } from "../describe";
import type { ViewDefinition } from "../view";

type ProgressExportRow = { reportedOn: Date; cleared: string; toClear: string; clearance: string | null; infrastructure: string; note: string | null };

const AREA = "#,##0.00##";

/**
 * A zone's progress entries as its page (/zones/[id]) lists them, newest first. The zone is the
 * URL's `zone`; an unknown or archived zone is NOT_FOUND, as its page is.
 */
export const zoneProgressView: ViewDefinition<ProgressExportRow> = {
  permission: "zones:read",
  async prepare(_actor, raw, { t }) {
    const id = parseIdParam(firstParam(raw, "zone"));
    const zone = id === null ? null : await db.zone.findFirst({ where: { id, archivedAt: null }, select: { id: true, code: true, name: true } });
    if (!zone) throw new AppError("NOT_FOUND");
    const tp = (key: "date" | "clearance" | "infrastructure" | "note") => t(`zoneDetail.progress.${key}`);
    return {
      title: `${t("exports.views.zone-progress")} ${zone.code}`,
      columns: [
        { header: tp("date"), kind: "date", width: 12 },
        { header: t("exports.zoneColumns.landClearedHa"), kind: "decimal", width: 14, numFmt: AREA },
        { header: t("exports.zoneColumns.landToClearHa"), kind: "decimal", width: 14, numFmt: AREA },
        { header: tp("clearance"), kind: "percent", width: 12 },
        { header: tp("infrastructure"), kind: "percent", width: 14 },
        { header: tp("note"), kind: "text", width: 48 },
      ],
      count: Prisma.sql`SELECT count(*)::int AS count FROM "ZoneProgressUpdate" u WHERE u."zoneId" = ${zone.id}`,
      // infrastructurePct is stored as 0–100; the sheet writes every share as a ratio with a % format.
      query: Prisma.sql`SELECT u."reportedOn", u."landClearedHa"::text AS cleared, u."landToClearHa"::text AS "toClear",
               ${occupancySql(Prisma.sql`u."landClearedHa"`, Prisma.sql`u."landToClearHa"`)}::text AS clearance,
               (u."infrastructurePct" / 100)::text AS infrastructure, u.note
        FROM "ZoneProgressUpdate" u WHERE u."zoneId" = ${zone.id}
        ORDER BY u."reportedOn" DESC, u.id DESC`,
      cells: (r) => [r.reportedOn, r.cleared, r.toClear, r.clearance, r.infrastructure, r.note],
      filters: lines([t("exports.notes.zone"), `${zone.code} – ${zone.name}`]),
      sort: { label: t("exports.notes.sort"), value: `${tp("date")} (${t("exports.notes.desc")})` },
      params: { zone: zone.id },
    };
  },
};
