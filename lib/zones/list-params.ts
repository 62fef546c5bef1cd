// The zones list's URL → typed filters, sort and paging, on the same recipe as the projects list
// (lib/projects/list-params.ts): forgiving for links, strict for the data function. Safe to import
// from client components: no database here.
//
// URL format (every part optional):
//   /zones?kind=CCN&status=ESTABLISHED,OPERATING&district=Huyện Yên Phong&inPlan=yes&priority=2021-2025
//         &prioritisedIn=2026&planApproved=yes
//         &infra=BASICALLY_COMPLETE&q=phuoc&sort=occupancy&dir=desc&page=2&perPage=50&cols=code,name,occupancy
// prioritisedIn=2026: the priority period contains 2026 (the dashboard's "prioritised in the year");
// planApproved=yes|no: the detailed construction plan is approved, or not.
import { z } from "zod";
import { DEFAULT_PER_PAGE, MAX_PAGE, PER_PAGE_OPTIONS } from "@/lib/data-table/paging";
import { defineSortWhitelist } from "@/lib/data-table/sort";
import { firstParam, listParam, parseColumns, parsePage, parsePerPage, SORT_DIRS, type RawSearchParams } from "@/lib/data-table/url";
import { InfrastructureStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";

export const ZONE_KINDS = Object.values(ZoneKind);
export const ZONE_STATUSES = Object.values(ZoneStatus);
export const INFRASTRUCTURE_STATUSES = Object.values(InfrastructureStatus);
export const IN_PLAN_VALUES = ["yes", "no"] as const;
export const PLAN_APPROVED_VALUES = ["yes", "no"] as const;
/** The years a "prioritised in" link may name. */
export const MIN_PRIORITY_YEAR = 1990;
export const MAX_PRIORITY_YEAR = 2100;
/** priority=any: prioritised in some period; none: in no period; "2021-2025": that very period. */
export const PRIORITY_ANY = "any";
export const PRIORITY_NONE = "none";
export const MAX_QUERY_LENGTH = 200;
export const MAX_DISTRICT_LENGTH = 100;
const CONTROL = /[\u0000-\u001F\u007F]/g;

/** The list's columns, in display order. Every column sorts; its id is its sort key. */
export const ZONE_COLUMNS = [
  "code",
  "name",
  "kind",
  "status",
  "district",
  "totalArea",
  "leasable",
  "leased",
  "occupancy",
  "projects",
  "clearance",
  "infrastructure",
] as const;
export type ZoneColumn = (typeof ZONE_COLUMNS)[number];
export type ZoneSortKey = ZoneColumn;
export const ZONE_DEFAULT_COLUMNS: readonly ZoneColumn[] = ZONE_COLUMNS;
export const ZONE_FIXED_COLUMNS: readonly ZoneColumn[] = ["code", "name"];

/** Default: by code (ties never occur: codes are unique). */
export const ZONE_SORTS = defineSortWhitelist(ZONE_COLUMNS, { key: "code", dir: "asc" });

const priorityFilter = z.union([
  z.enum([PRIORITY_ANY, PRIORITY_NONE]),
  z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .refine((s) => Number(s.slice(0, 4)) <= Number(s.slice(5, 9))),
]);

const noControl = (s: string) => !new RegExp(CONTROL.source).test(s);

export const zoneFiltersSchema = z.object({
  kind: z.enum(ZONE_KINDS).optional(),
  /** Empty or absent: every status. */
  status: z.array(z.enum(ZONE_STATUSES)).max(ZONE_STATUSES.length).optional(),
  district: z.string().min(1).max(MAX_DISTRICT_LENGTH).refine(noControl).optional(),
  inPlan: z.enum(IN_PLAN_VALUES).optional(),
  priority: priorityFilter.optional(),
  /** The priority period contains this year. */
  prioritisedIn: z.number().int().min(MIN_PRIORITY_YEAR).max(MAX_PRIORITY_YEAR).optional(),
  planApproved: z.enum(PLAN_APPROVED_VALUES).optional(),
  infra: z.array(z.enum(INFRASTRUCTURE_STATUSES)).max(INFRASTRUCTURE_STATUSES.length).optional(),
  /** Free text over code and name (case-insensitive, wildcards taken literally). */
  q: z.string().max(MAX_QUERY_LENGTH).refine(noControl).optional(),
});

export const zoneListParamsSchema = zoneFiltersSchema.extend({
  sort: z.enum(ZONE_COLUMNS).default(ZONE_SORTS.defaultSort.key),
  dir: z.enum(SORT_DIRS).default(ZONE_SORTS.defaultSort.dir),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.union(PER_PAGE_OPTIONS.map((n) => z.literal(n))).default(DEFAULT_PER_PAGE),
  cols: z.array(z.enum(ZONE_COLUMNS)).optional(),
});

export type ZoneFilters = z.input<typeof zoneFiltersSchema>;
export type ZoneListParams = z.output<typeof zoneListParamsSchema>;
export type ZoneListInput = z.input<typeof zoneListParamsSchema>;

export const ZONE_FILTER_PARAMS = ["kind", "status", "district", "inPlan", "priority", "prioritisedIn", "planApproved", "infra", "q"] as const;

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

function enumList<T extends string>(raw: RawSearchParams, key: string, known: readonly T[]): T[] | undefined {
  const asked = listParam(raw, key).map((s) => s.toUpperCase());
  const list = known.filter((s) => asked.includes(s));
  return list.length > 0 ? list : undefined;
}

function yearOf(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{4}$/.test(value) ? pick(zoneFiltersSchema.shape.prioritisedIn, Number(value)) : undefined;
}

/** Reads a zones-list URL. Never throws: each wrong part takes its default. */
export function parseZoneListParams(raw: RawSearchParams): ZoneListParams {
  const first = (key: string) => firstParam(raw, key);
  const sort = ZONE_SORTS.parse(first("sort"), first("dir")?.toLowerCase());
  const q = first("q")?.replace(CONTROL, " ").slice(0, MAX_QUERY_LENGTH).trim();
  const district = first("district")?.replace(CONTROL, " ").slice(0, MAX_DISTRICT_LENGTH).trim();
  return {
    kind: pick(zoneFiltersSchema.shape.kind, first("kind")?.toUpperCase()),
    status: enumList(raw, "status", ZONE_STATUSES),
    district: district ? district : undefined,
    inPlan: pick(zoneFiltersSchema.shape.inPlan, first("inPlan")?.toLowerCase()),
    priority: pick(priorityFilter, first("priority")?.toLowerCase()),
    prioritisedIn: yearOf(first("prioritisedIn")),
    planApproved: pick(zoneFiltersSchema.shape.planApproved, first("planApproved")?.toLowerCase()),
    infra: enumList(raw, "infra", INFRASTRUCTURE_STATUSES),
    q: q ? q : undefined,
    sort: sort.key,
    dir: sort.dir,
    page: parsePage(first("page")),
    perPage: parsePerPage(first("perPage")),
    cols: parseColumns(raw, ZONE_COLUMNS),
  };
}
