// The projects list's URL → typed filters, sort and paging. Forgiving for links (a bad value shows
// the default for that part), strict for the data function (findProjects refuses what this schema
// refuses). Safe to import from client components: no database here.
//
// URL format (every part optional):
//   /projects?type=FDI&status=ACTIVE,EXTENDED&zone=KCN&country=KR&vsic=C&ircFrom=2024-01-01&ircTo=2024-12-31
//            &q=samsung&archived=include&sort=capital&dir=desc&page=2&perPage=50&cols=code,name,capital
// A new filter (e.g. amendedFrom/amendedTo for a dashboard drill-down) is one field in
// `projectFiltersSchema`, one line in `parseProjectListParams` and one clause in findProjects'
// `projectConditions`, so that the card and its list share one WHERE.
//
// The dashboard's drill-down filters (lib/reports/drilldown.ts writes them; each card counts with
// the same clause, so the list's total equals the card):
//   increasedFrom/increasedTo   at least one amendment dated in the range with a capital delta > 0
//   decreasedFrom/decreasedTo   at least one amendment dated in the range with a capital delta < 0
//   newOrIncreasedFrom/…To      IRC first issued in the range, or an increase dated in it
//                               (the projects behind "new + added capital")
//   validAsOf=2026-06-15        still in force on that date: first issued on or before it, and not
//                               TERMINATED/REVOKED by a decision dated on or before it (a decision
//                               without a date counts as taken)
//   secondary=yes|no            a tenant project inside a zone (dự án thứ cấp), or not (the zone's
//                               infrastructure project); the CCN card's secondary projects
import { z } from "zod";
import { DEFAULT_PER_PAGE, MAX_PAGE, PER_PAGE_OPTIONS } from "@/lib/data-table/paging";
import { defineSortWhitelist } from "@/lib/data-table/sort";
import { firstParam, listParam, parseColumns, parsePage, parsePerPage, SORT_DIRS, type RawSearchParams } from "@/lib/data-table/url";
import { utcCalendarDate } from "@/lib/format/calendar";
import { InvestmentType, ProjectStatus, ZoneKind } from "@/lib/generated/prisma/enums";
import { VSIC_SECTIONS } from "@/lib/projects/vsic";

export const PROJECT_TYPES = Object.values(InvestmentType);
export const PROJECT_STATUSES = Object.values(ProjectStatus);
export const ZONE_KINDS = Object.values(ZoneKind);
/** zone=none: projects outside every zone and cluster. */
export const OUTSIDE_ZONES = "none";
export const ARCHIVED_MODES = ["exclude", "include", "only"] as const;
export const SECONDARY_VALUES = ["yes", "no"] as const;
export const MAX_QUERY_LENGTH = 200;
/** Control characters (NUL breaks PostgreSQL text): a URL's are replaced by spaces, a direct call's refused. */
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** The list's columns, in display order. Every column sorts; its id is its sort key. */
export const PROJECT_COLUMNS = ["code", "name", "type", "investor", "country", "zone", "vsic", "capital", "status", "ircDate", "ircNumber"] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];
/** Shown unless the URL's `cols` says otherwise (the investor cell names the country; its own column sorts by it). */
export const PROJECT_DEFAULT_COLUMNS: readonly ProjectColumn[] = PROJECT_COLUMNS.filter((c) => c !== "country" && c !== "vsic" && c !== "ircNumber");
/** Never hidden: a row must always say which project it is. */
export const PROJECT_FIXED_COLUMNS: readonly ProjectColumn[] = ["code", "name"];

/** Default: newest IRC first (ties by id, newest first). */
export const PROJECT_SORTS = defineSortWhitelist(PROJECT_COLUMNS, { key: "ircDate", dir: "desc" });
export type ProjectSortKey = ProjectColumn;

/** A calendar date written yyyy-MM-dd that exists (2025-02-29 does not). */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => utcCalendarDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null);

const zoneFilter = z.union([z.enum([...ZONE_KINDS, OUTSIDE_ZONES]), z.number().int().positive().max(2_147_483_647)]);

export const projectFiltersSchema = z.object({
  type: z.enum(PROJECT_TYPES).optional(),
  /** Empty or absent: every status. */
  status: z.array(z.enum(PROJECT_STATUSES)).max(PROJECT_STATUSES.length).optional(),
  /** "KCN" inside any industrial zone, "CCN" inside any cluster, "none" outside every zone, or a zone id. */
  zone: zoneFilter.optional(),
  /** The lead investor's country (Project.originCountry), ISO alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  vsic: z.enum(VSIC_SECTIONS as [string, ...string[]]).optional(),
  ircFrom: isoDate.optional(),
  ircTo: isoDate.optional(),
  /** At least one capital increase (amendment with delta > 0) dated in the range, ends included. */
  increasedFrom: isoDate.optional(),
  increasedTo: isoDate.optional(),
  /** At least one capital decrease (amendment with delta < 0) dated in the range, ends included. */
  decreasedFrom: isoDate.optional(),
  decreasedTo: isoDate.optional(),
  /** IRC first issued in the range, or at least one capital increase dated in it. */
  newOrIncreasedFrom: isoDate.optional(),
  newOrIncreasedTo: isoDate.optional(),
  /** Valid (còn hiệu lực) on the date: issued on or before it, not terminated or revoked by then. */
  validAsOf: isoDate.optional(),
  /** yes: secondary (tenant) projects only; no: the others (infrastructure projects). */
  secondary: z.enum(SECONDARY_VALUES).optional(),
  /** Free text over code, name, IRC number and lead investor, accent-insensitive. */
  q: z
    .string()
    .max(MAX_QUERY_LENGTH)
    .refine((s) => !new RegExp(CONTROL.source).test(s))
    .optional(),
  archived: z.enum(ARCHIVED_MODES).default("exclude"),
});

export const projectListParamsSchema = projectFiltersSchema.extend({
  sort: z.enum(PROJECT_COLUMNS).default(PROJECT_SORTS.defaultSort.key),
  dir: z.enum(SORT_DIRS).default(PROJECT_SORTS.defaultSort.dir),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.union(PER_PAGE_OPTIONS.map((n) => z.literal(n))).default(DEFAULT_PER_PAGE),
  /** Visible columns; absent = PROJECT_DEFAULT_COLUMNS. Display only: the query ignores it. */
  cols: z.array(z.enum(PROJECT_COLUMNS)).optional(),
});

export type ProjectFilters = z.input<typeof projectFiltersSchema>;
export type ProjectListParams = z.output<typeof projectListParamsSchema>;
/** What callers may pass to findProjects: every field but the filters is optional. */
export type ProjectListInput = z.input<typeof projectListParamsSchema>;

/** The URL parameter names of the filters, for "clear the filters" and for counting active ones. */
export const PROJECT_FILTER_PARAMS = [
  "type",
  "status",
  "zone",
  "country",
  "vsic",
  "ircFrom",
  "ircTo",
  "increasedFrom",
  "increasedTo",
  "decreasedFrom",
  "decreasedTo",
  "newOrIncreasedFrom",
  "newOrIncreasedTo",
  "validAsOf",
  "secondary",
  "q",
  "archived",
] as const;

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function zoneOf(value: string | undefined): ProjectListParams["zone"] {
  if (value === undefined) return undefined;
  if (/^\d{1,10}$/.test(value)) return pick(zoneFilter, Number(value));
  const word = value.toUpperCase();
  return pick(zoneFilter, word === "NONE" ? OUTSIDE_ZONES : word);
}

/**
 * Reads a projects-list URL. Never throws: each part that is missing or wrong takes its default
 * (no filter, the default sort, page 1, 25 rows); an over-long search is cut to 200 characters;
 * unknown statuses or columns in a list are dropped and the rest kept.
 */
export function parseProjectListParams(raw: RawSearchParams): ProjectListParams {
  const first = (key: string) => firstParam(raw, key);
  const statuses = listParam(raw, "status").map((s) => s.toUpperCase());
  const status = PROJECT_STATUSES.filter((s) => statuses.includes(s));
  const sort = PROJECT_SORTS.parse(first("sort"), first("dir")?.toLowerCase());
  const q = first("q")?.replace(CONTROL, " ").slice(0, MAX_QUERY_LENGTH).trim();
  return {
    type: pick(projectFiltersSchema.shape.type, first("type")?.toUpperCase()),
    status: status.length > 0 ? status : undefined,
    zone: zoneOf(first("zone")),
    country: pick(projectFiltersSchema.shape.country, first("country")?.toUpperCase()),
    vsic: pick(projectFiltersSchema.shape.vsic, first("vsic")?.toUpperCase()),
    ircFrom: pick(isoDate, first("ircFrom")),
    ircTo: pick(isoDate, first("ircTo")),
    increasedFrom: pick(isoDate, first("increasedFrom")),
    increasedTo: pick(isoDate, first("increasedTo")),
    decreasedFrom: pick(isoDate, first("decreasedFrom")),
    decreasedTo: pick(isoDate, first("decreasedTo")),
    newOrIncreasedFrom: pick(isoDate, first("newOrIncreasedFrom")),
    newOrIncreasedTo: pick(isoDate, first("newOrIncreasedTo")),
    validAsOf: pick(isoDate, first("validAsOf")),
    secondary: pick(projectFiltersSchema.shape.secondary, first("secondary")?.toLowerCase()),
    q: q ? q : undefined,
    archived: pick(projectFiltersSchema.shape.archived, first("archived")?.toLowerCase()) ?? "exclude",
    sort: sort.key,
    dir: sort.dir,
    page: parsePage(first("page")),
    perPage: parsePerPage(first("perPage")),
    cols: parseColumns(raw, PROJECT_COLUMNS),
  };
}
