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
import type { Currency, InvestmentType, ProjectStatus, ZoneKind } from "@/lib/generated/prisma/enums";
import { toUsd, type RateUsed } from "@/lib/rates/convert";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";
import { projectListParamsSchema, type ProjectFilters, type ProjectListInput, type ProjectSortKey } from "./list-params";

export type ProjectListRow = {
  id: number;
  code: string;
  name: string;
  type: InvestmentType;
  status: ProjectStatus;
  ircNumber: string;
  /** A calendar date (midnight UTC). */
  ircFirstIssuedOn: Date;
  leadInvestor: { id: number; name: string; country: string };
  /** The lead investor's country as recorded on the project (what the country filter reads). */
  originCountry: string;
  zone: { id: number; code: string; name: string; kind: ZoneKind } | null;
  vsicCode: string;
  vsicSection: string;
  currency: Currency;
  /** Exact decimal string in `currency`: initial capital + Σ amendments. */
  currentCapital: string;
  /** currentCapital in USD with the result's `rate`, to the cent; null for VND when there is no rate. */
  currentCapitalUsd: string | null;
  archived: boolean;
};

export type ProjectList = Page<ProjectListRow> & {
  /** The one USD/VND rate every row was converted with (null: none recorded for the report date). */
  rate: RateUsed | null;
  /** The date the rate was chosen for (today in Vietnam unless given). */
  reportDate: Date;
};

type RawRow = {
  id: number;
  code: string;
  name: string;
  type: InvestmentType;
  status: ProjectStatus;
  ircNumber: string;
  ircFirstIssuedOn: Date;
  leadInvestorId: number;
  leadInvestorName: string;
  leadInvestorCountry: string;
  originCountry: string;
  zoneId: number | null;
  zoneCode: string | null;
  zoneName: string | null;
  zoneKind: ZoneKind | null;
  vsicCode: string;
  vsicSection: string;
  currency: Currency;
  currentCapital: string;
  archived: boolean;
};

/**
 * The WHERE conditions of the filters, on `"Project" p` alone (no join), so that the count and the
 * page read the same rows and a dashboard card can count with the very same clause. Every value
 * is a bound parameter.
 */
export function projectConditions(filters: ProjectFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  const archived = filters.archived ?? "exclude";
  if (archived === "exclude") where.push(Prisma.sql`p."archivedAt" IS NULL`);
  if (archived === "only") where.push(Prisma.sql`p."archivedAt" IS NOT NULL`);
  if (filters.type) where.push(Prisma.sql`p.type = ${filters.type}::"InvestmentType"`);
  if (filters.status && filters.status.length > 0) {
    where.push(Prisma.sql`p.status IN (${Prisma.join(filters.status.map((s) => Prisma.sql`${s}::"ProjectStatus"`))})`);
  }
  const zone = filters.zone;
  if (zone === "none") where.push(Prisma.sql`p."zoneId" IS NULL`);
  else if (zone === "KCN" || zone === "CCN") {
    where.push(Prisma.sql`p."zoneId" IN (SELECT zk.id FROM "Zone" zk WHERE zk.kind = ${zone}::"ZoneKind")`);
  } else if (typeof zone === "number") where.push(Prisma.sql`p."zoneId" = ${zone}`);
  if (filters.country) where.push(Prisma.sql`p."originCountry" = ${filters.country}::bpchar`);
  if (filters.vsic) where.push(Prisma.sql`p."vsicSection" = ${filters.vsic}::bpchar`);
  if (filters.ircFrom) where.push(Prisma.sql`p."ircFirstIssuedOn" >= ${filters.ircFrom}::date`);
  if (filters.ircTo) where.push(Prisma.sql`p."ircFirstIssuedOn" <= ${filters.ircTo}::date`);
  if (filters.increasedFrom || filters.increasedTo) {
    where.push(amendmentExists(Prisma.sql`> 0`, filters.increasedFrom, filters.increasedTo));
  }
  if (filters.decreasedFrom || filters.decreasedTo) {
    where.push(amendmentExists(Prisma.sql`< 0`, filters.decreasedFrom, filters.decreasedTo));
  }
  if (filters.newOrIncreasedFrom || filters.newOrIncreasedTo) {
    const issued = dateInRange(Prisma.sql`p."ircFirstIssuedOn"`, filters.newOrIncreasedFrom, filters.newOrIncreasedTo);
    where.push(Prisma.sql`(${issued} OR ${amendmentExists(Prisma.sql`> 0`, filters.newOrIncreasedFrom, filters.newOrIncreasedTo)})`);
  }
  if (filters.validAsOf) where.push(validAsOfSql(filters.validAsOf));
  if (filters.secondary) where.push(filters.secondary === "yes" ? Prisma.sql`p."isSecondary"` : Prisma.sql`NOT p."isSecondary"`);
  const q = filters.q?.trim();
  if (q) where.push(searchTextContains(Prisma.sql`p."searchText"`, q));
  return where;
}

/** `column BETWEEN from AND to`, either end optional (both absent: TRUE). */
function dateInRange(column: Prisma.Sql, from: string | undefined, to: string | undefined): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (from) parts.push(Prisma.sql`${column} >= ${from}::date`);
  if (to) parts.push(Prisma.sql`${column} <= ${to}::date`);
  return parts.length > 0 ? Prisma.sql`(${Prisma.join(parts, " AND ")})` : Prisma.sql`TRUE`;
}

/** The project has an amendment dated in the range whose capital delta satisfies `sign` ("> 0" or "< 0"). */
function amendmentExists(sign: Prisma.Sql, from: string | undefined, to: string | undefined): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "Amendment" a WHERE a."projectId" = p.id AND a."capitalDelta" ${sign}
    AND ${dateInRange(Prisma.sql`a."amendedOn"`, from, to)})`;
}

/**
 * Valid (còn hiệu lực) on `asOf` (yyyy-MM-dd): first issued on or before it, and not TERMINATED or
 * REVOKED by a decision dated on or before it. A termination decided later did not yet apply
 * (termination and revocation are final, so the project was in force until then); one recorded
 * without a decision date counts as already taken. The dashboard's "valid FDI" card counts with
 * this very clause (lib/reports/investment.ts).
 */
export function validAsOfSql(asOf: string): Prisma.Sql {
  return Prisma.sql`(p."ircFirstIssuedOn" <= ${asOf}::date AND NOT (p.status IN ('TERMINATED'::"ProjectStatus", 'REVOKED'::"ProjectStatus")
    AND (p."statusDecisionOn" IS NULL OR p."statusDecisionOn" <= ${asOf}::date)))`;
}

/**
 * ORDER BY for a whitelisted key: each key maps to a fragment written here, never to its text.
 * Ties break on the id in the same direction, so pages never overlap or skip a row.
 * "capital" orders by the USD value: VND rows divided by the rate in SQL. Without a rate it
 * orders by currency (USD before VND ascending), then by the amount in that currency. Names
 * sort in Vietnamese order where the server has the collation (see vietnameseCollation).
 * Exported for the export (lib/exports), which streams the same rows in the same order; it
 * expects the investor as `i` and the zone as `z`.
 */
export function orderBy(key: ProjectSortKey, dir: SortDir, rate: RateUsed | null, collate: Prisma.Sql): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const by = (...parts: Prisma.Sql[]) => Prisma.join([...parts.map((part) => Prisma.sql`${part} ${d}`), Prisma.sql`p.id ${d}`], ", ");
  switch (key) {
    case "code":
      return by(Prisma.sql`p.code`);
    case "name":
      return by(Prisma.sql`p.name ${collate}`);
    case "type":
      return by(Prisma.sql`p.type`);
    case "investor":
      return by(Prisma.sql`i.name ${collate}`);
    case "country":
      return by(Prisma.sql`p."originCountry"`);
    case "zone":
      // Projects outside every zone come last in both directions.
      return Prisma.sql`z.code ${d} NULLS LAST, p.id ${d}`;
    case "vsic":
      return by(Prisma.sql`p."vsicCode"`);
    case "capital":
      return rate
        ? by(Prisma.sql`(CASE WHEN p.currency = 'VND' THEN p."currentCapital" / ${rate.rate}::numeric ELSE p."currentCapital" END)`)
        : by(Prisma.sql`p.currency`, Prisma.sql`p."currentCapital"`);
    case "status":
      return by(Prisma.sql`p.status`);
    case "ircDate":
      return by(Prisma.sql`p."ircFirstIssuedOn"`);
    case "ircNumber":
      return by(Prisma.sql`p."ircNumber"`);
    default:
      return unknownSort(key);
  }
}

/** Unreachable for typed callers; a key that got past the schema still never reaches SQL. */
function unknownSort(key: never): never {
  void key;
  throw new AppError("VALIDATION", { sort: [{ key: "invalid" }] });
}

/**
 * One page of the projects list: ONE data query and ONE count query (run in parallel), plus the
 * USD/VND rate for the report date, read once and applied to every row. The input is validated
 * strictly (parse URLs with parseProjectListParams first): a sort key outside the whitelist, or
 * any other bad value, is VALIDATION before any SQL runs. A page past the end has no rows and
 * the true count.
 */
export async function findProjects(actor: CurrentUser | null, input: ProjectListInput, options: { on?: Date } = {}): Promise<ProjectList> {
  assertCan(actor, "projects:read");
  const parsed = projectListParamsSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", toFieldErrors(parsed.error));
  const params = parsed.data;
  const reportDate = options.on ?? todayInVietnam();

  const conditions = projectConditions(params);
  const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  // A deferred join: the page's ids are chosen on "Project" alone (joined only to what the order
  // needs), and the investor and zone are read for those 25–100 rows only.
  const sortJoin =
    params.sort === "investor"
      ? Prisma.sql`JOIN "Investor" i ON i.id = p."leadInvestorId"`
      : params.sort === "zone"
        ? Prisma.sql`LEFT JOIN "Zone" z ON z.id = p."zoneId"`
        : Prisma.empty;
  const pageSql = (rate: RateUsed | null, collate: Prisma.Sql) => {
    const order = orderBy(params.sort, params.dir, rate, collate);
    return Prisma.sql`
    SELECT p.id, p.code, p.name, p.type, p.status, p."ircNumber", p."ircFirstIssuedOn",
           i.id AS "leadInvestorId", i.name AS "leadInvestorName", i.country::text AS "leadInvestorCountry",
           p."originCountry"::text AS "originCountry",
           z.id AS "zoneId", z.code AS "zoneCode", z.name AS "zoneName", z.kind AS "zoneKind",
           p."vsicCode", p."vsicSection"::text AS "vsicSection", p.currency,
           p."currentCapital"::text AS "currentCapital", (p."archivedAt" IS NOT NULL) AS archived
    FROM (
      SELECT p.id FROM "Project" p ${sortJoin}
      ${where}
      ORDER BY ${order}
      LIMIT ${params.perPage} OFFSET ${offsetOf(params.page, params.perPage)}
    ) page
    JOIN "Project" p ON p.id = page.id
    JOIN "Investor" i ON i.id = p."leadInvestorId"
    LEFT JOIN "Zone" z ON z.id = p."zoneId"
    ORDER BY ${order}`;
  };

  const ratePromise = getRateFor(reportDate);
  const sortsByName = params.sort === "name" || params.sort === "investor";
  const collatePromise = sortsByName ? vietnameseCollation() : Promise.resolve(Prisma.empty);
  // Only the capital order needs the rate inside the SQL; every other order runs at once.
  const rowsPromise = Promise.all([params.sort === "capital" ? ratePromise : null, collatePromise]).then(([rate, collate]) =>
    db.$queryRaw<RawRow[]>(pageSql(rate, collate)),
  );
  const countPromise = db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "Project" p ${where}`;
  const [rate, rows, countRows] = await Promise.all([ratePromise, rowsPromise, countPromise]);

  const data = rows.map((r): ProjectListRow => ({
    id: r.id,
    code: r.code,
    name: r.name,
    type: r.type,
    status: r.status,
    ircNumber: r.ircNumber,
    ircFirstIssuedOn: r.ircFirstIssuedOn,
    leadInvestor: { id: r.leadInvestorId, name: r.leadInvestorName, country: r.leadInvestorCountry },
    originCountry: r.originCountry,
    zone: r.zoneId !== null && r.zoneCode !== null && r.zoneName !== null && r.zoneKind !== null ? { id: r.zoneId, code: r.zoneCode, name: r.zoneName, kind: r.zoneKind } : null,
    vsicCode: r.vsicCode,
    vsicSection: r.vsicSection,
    currency: r.currency,
    currentCapital: r.currentCapital,
    currentCapitalUsd: toUsd(r.currentCapital, r.currency, rate).usd,
    archived: r.archived,
  }));
  return { ...toPage(data, countRows[0]?.count ?? 0, params.page, params.perPage), rate, reportDate };
}
