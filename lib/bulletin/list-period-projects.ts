import "server-only";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import { projectConditions } from "@/lib/projects/find-projects";
import type { DrilldownFilters } from "@/lib/reports/drilldown";
import { isoDay, type ReportPeriod } from "@/lib/reports/period";

// The bulletin's project lists: every project behind a dashboard card, in one statement. The WHERE
// is the projects list's own (projectConditions) with the card's drill-down filters, so a list
// holds exactly the projects the card counts (the golden bulletin test compares both with
// findProjects). The projects list pages 100 rows at a time and shows today's capital; a bulletin
// needs all rows at once and the capital the card adds up, so the columns are read here.

export type PeriodProjectRow = {
  id: number;
  code: string;
  name: string;
  type: InvestmentType;
  investorName: string;
  country: string;
  zoneName: string | null;
  ircNumber: string;
  /** yyyy-MM-dd */
  ircFirstIssuedOn: string;
  currency: Currency;
  /** Exact decimal strings in `currency`. */
  initialCapital: string;
  /** Σ of the positive capital deltas dated in the period (0 when none). */
  addedInPeriod: string;
};

type Raw = Omit<PeriodProjectRow, "ircFirstIssuedOn"> & { ircFirstIssuedOn: Date };

/** The projects matching a card's drill-down `filters`, with the capital added in `period`, by IRC date then code. */
export async function listPeriodProjects(actor: CurrentUser | null, filters: DrilldownFilters, period: ReportPeriod): Promise<PeriodProjectRow[]> {
  assertCan(actor, "projects:read");
  const where = Prisma.join(projectConditions({ ...filters, archived: "exclude" }), " AND ");
  const rows = await db.$queryRaw<Raw[]>`
    WITH added AS (
      SELECT a."projectId", sum(a."capitalDelta") AS amount
      FROM "Amendment" a
      WHERE a."capitalDelta" > 0 AND a."amendedOn" >= ${isoDay(period.from)}::date AND a."amendedOn" <= ${isoDay(period.to)}::date
      GROUP BY a."projectId"
    )
    SELECT p.id, p.code, p.name, p.type, i.name AS "investorName", p."originCountry"::text AS country,
           z.name AS "zoneName", p."ircNumber", p."ircFirstIssuedOn", p.currency,
           p."initialCapital"::text AS "initialCapital", COALESCE(added.amount, 0)::text AS "addedInPeriod"
    FROM "Project" p
    JOIN "Investor" i ON i.id = p."leadInvestorId"
    LEFT JOIN "Zone" z ON z.id = p."zoneId"
    LEFT JOIN added ON added."projectId" = p.id
    WHERE ${where}
    ORDER BY p."ircFirstIssuedOn", p.code`;
  return rows.map((r) => ({ ...r, ircFirstIssuedOn: isoDay(r.ircFirstIssuedOn) }));
}
