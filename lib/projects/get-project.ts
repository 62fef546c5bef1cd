import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Currency, InvestmentType, InvestorKind, ProjectStatus, ZoneKind } from "@/lib/generated/prisma/enums";
import { toUsd, type Converted } from "@/lib/rates/convert";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";

export type ProjectInvestorRef = { id: number; name: string; kind: InvestorKind; country: string; identifier: string | null };

export type AmendmentRow = {
  id: number;
  number: number;
  amendedOn: Date;
  capitalDelta: string;
  capitalBefore: string;
  capitalAfter: string;
  landAreaDeltaHa: string;
  otherChanges: string | null;
  version: number;
  correctedAt: Date | null;
  createdAt: Date;
};

export type ProjectDetail = {
  id: number;
  code: string;
  ircNumber: string;
  ircFirstIssuedOn: Date;
  ircIssuingAgency: string;
  name: string;
  type: InvestmentType;
  originCountry: string;
  investorException: string | null;
  isSecondary: boolean;
  vsicCode: string;
  vsicSection: string;
  currency: Currency;
  initialCapital: string;
  currentCapital: string;
  landAreaHa: string;
  plannedJobs: number;
  status: ProjectStatus;
  statusDecisionNo: string | null;
  statusDecisionOn: Date | null;
  version: number;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  leadInvestor: ProjectInvestorRef;
  otherInvestors: ProjectInvestorRef[];
  zone: { id: number; code: string; name: string; kind: ZoneKind } | null;
  /** Oldest first, in ledger order (amendedOn, number, id). */
  amendments: AmendmentRow[];
  /** The current capital in USD with the rate it used (today's, by the board's convention). */
  converted: Converted;
};

type JsonAmendment = Omit<AmendmentRow, "amendedOn" | "correctedAt" | "createdAt"> & { amendedOn: string; correctedAt: string | null; createdAt: string };
type Row = Omit<ProjectDetail, "amendments" | "converted" | "ircFirstIssuedOn" | "statusDecisionOn"> & {
  ircFirstIssuedOn: string;
  statusDecisionOn: string | null;
  amendments: JsonAmendment[];
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Everything the detail page shows, in one SQL statement (project, lead and other investors, zone,
 * amendments in ledger order, as JSON built by PostgreSQL: numbers as exact text), run beside the
 * rate lookup. Archived projects are visible only to those who may restore them; otherwise, and
 * for an unknown id, null (the page answers 404).
 */
export async function getProject(actor: CurrentUser | null, id: number): Promise<ProjectDetail | null> {
  assertCan(actor, "projects:read");
  const withArchived = can(actor.role, "projects:write");
  const [rows, rate] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT p.id, p.code, p."ircNumber", to_char(p."ircFirstIssuedOn", 'YYYY-MM-DD') AS "ircFirstIssuedOn", p."ircIssuingAgency",
             p.name, p.type::text AS type, p."originCountry", p."investorException", p."isSecondary", p."vsicCode", p."vsicSection",
             p.currency::text AS currency, p."initialCapital"::text AS "initialCapital", p."currentCapital"::text AS "currentCapital",
             p."landAreaHa"::text AS "landAreaHa", p."plannedJobs", p.status::text AS status, p."statusDecisionNo",
             to_char(p."statusDecisionOn", 'YYYY-MM-DD') AS "statusDecisionOn", p.version, p."archivedAt", p."createdAt", p."updatedAt",
             u.name AS "createdBy",
             json_build_object('id', li.id, 'name', li.name, 'kind', li.kind, 'country', li.country, 'identifier', li.identifier) AS "leadInvestor",
             CASE WHEN z.id IS NULL THEN NULL ELSE json_build_object('id', z.id, 'code', z.code, 'name', z.name, 'kind', z.kind) END AS zone,
             COALESCE((
               SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'kind', i.kind, 'country', i.country, 'identifier', i.identifier) ORDER BY i.name, i.id)
               FROM "ProjectInvestor" pi JOIN "Investor" i ON i.id = pi."investorId"
               WHERE pi."projectId" = p.id AND pi."investorId" <> p."leadInvestorId"
             ), '[]'::json) AS "otherInvestors",
             COALESCE((
               SELECT json_agg(json_build_object(
                        'id', a.id, 'number', a.number, 'amendedOn', to_char(a."amendedOn", 'YYYY-MM-DD'),
                        'capitalDelta', a."capitalDelta"::text, 'capitalBefore', a."capitalBefore"::text, 'capitalAfter', a."capitalAfter"::text,
                        'landAreaDeltaHa', a."landAreaDeltaHa"::text, 'otherChanges', a."otherChanges", 'version', a.version,
                        'correctedAt', to_char(a."correctedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                        'createdAt', to_char(a."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                      ) ORDER BY a."amendedOn", a.number, a.id)
               FROM "Amendment" a WHERE a."projectId" = p.id
             ), '[]'::json) AS amendments
      FROM "Project" p
      JOIN "Investor" li ON li.id = p."leadInvestorId"
      LEFT JOIN "Zone" z ON z.id = p."zoneId"
      LEFT JOIN "User" u ON u.id = p."createdById"
      WHERE p.id = ${id} AND (p."archivedAt" IS NULL OR ${withArchived})`,
    getRateFor(todayInVietnam()),
  ]);
  const row = rows[0];
  if (!row) return null;
  return {
    ...row,
    ircFirstIssuedOn: day(row.ircFirstIssuedOn),
    statusDecisionOn: row.statusDecisionOn ? day(row.statusDecisionOn) : null,
    amendments: row.amendments.map((a) => ({
      ...a,
      amendedOn: day(a.amendedOn),
      correctedAt: a.correctedAt ? new Date(a.correctedAt) : null,
      createdAt: new Date(a.createdAt),
    })),
    converted: toUsd(row.currentCapital, row.currency, rate),
  };
}
