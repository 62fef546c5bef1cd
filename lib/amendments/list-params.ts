// The amendments list's URL → typed filters, sort and paging, on the recipe of the projects list
// (lib/projects/list-params.ts): forgiving for links, strict for findAmendments. Client-safe.
//
// URL format (every part optional):
//   /amendments?from=2025-01-01&to=2025-12-31&type=FDI&direction=increase&q=samsung&sort=delta&dir=desc&page=2
import { z } from "zod";
import { DEFAULT_PER_PAGE, MAX_PAGE, PER_PAGE_OPTIONS } from "@/lib/data-table/paging";
import { defineSortWhitelist } from "@/lib/data-table/sort";
import { firstParam, parseColumns, parsePage, parsePerPage, SORT_DIRS, type RawSearchParams } from "@/lib/data-table/url";
import { utcCalendarDate } from "@/lib/format/calendar";
import { InvestmentType } from "@/lib/generated/prisma/enums";

export const AMENDMENT_TYPES = Object.values(InvestmentType);
/** increase: capital delta > 0; decrease: < 0 (amendments that change other things only have 0). */
// "unchanged": amendments of other terms only (capital delta 0).
export const AMENDMENT_DIRECTIONS = ["increase", "decrease", "unchanged"] as const;
export const MAX_AMENDMENT_QUERY_LENGTH = 200;
const CONTROL = /[\u0000-\u001F\u007F]/g;

export const AMENDMENT_COLUMNS = ["amendedOn", "project", "type", "number", "delta", "capitalAfter"] as const;
export type AmendmentColumn = (typeof AMENDMENT_COLUMNS)[number];
export type AmendmentSortKey = AmendmentColumn;
export const AMENDMENT_DEFAULT_COLUMNS: readonly AmendmentColumn[] = AMENDMENT_COLUMNS;
export const AMENDMENT_FIXED_COLUMNS: readonly AmendmentColumn[] = ["amendedOn", "project"];

/** Default: the newest amendment first. */
export const AMENDMENT_SORTS = defineSortWhitelist(AMENDMENT_COLUMNS, { key: "amendedOn", dir: "desc" });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => utcCalendarDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null);

export const amendmentFiltersSchema = z.object({
  /** Amended on or after / on or before (yyyy-MM-dd), ends included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** The project's type. */
  type: z.enum(AMENDMENT_TYPES).optional(),
  direction: z.enum(AMENDMENT_DIRECTIONS).optional(),
  /** Free text over the project's code, name, IRC number and lead investor, accent-insensitive. */
  q: z
    .string()
    .max(MAX_AMENDMENT_QUERY_LENGTH)
    .refine((s) => !new RegExp(CONTROL.source).test(s))
    .optional(),
});

export const amendmentListParamsSchema = amendmentFiltersSchema.extend({
  sort: z.enum(AMENDMENT_COLUMNS).default(AMENDMENT_SORTS.defaultSort.key),
  dir: z.enum(SORT_DIRS).default(AMENDMENT_SORTS.defaultSort.dir),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.union(PER_PAGE_OPTIONS.map((n) => z.literal(n))).default(DEFAULT_PER_PAGE),
  cols: z.array(z.enum(AMENDMENT_COLUMNS)).optional(),
});

export type AmendmentFilters = z.input<typeof amendmentFiltersSchema>;
export type AmendmentListParams = z.output<typeof amendmentListParamsSchema>;
export type AmendmentListInput = z.input<typeof amendmentListParamsSchema>;

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads an amendments-list URL; never throws (each wrong part takes its default). */
export function parseAmendmentListParams(raw: RawSearchParams): AmendmentListParams {
  const first = (key: string) => firstParam(raw, key);
  const sort = AMENDMENT_SORTS.parse(first("sort"), first("dir")?.toLowerCase());
  const q = first("q")?.replace(CONTROL, " ").slice(0, MAX_AMENDMENT_QUERY_LENGTH).trim();
  return {
    from: pick(isoDate, first("from")),
    to: pick(isoDate, first("to")),
    type: pick(amendmentFiltersSchema.shape.type, first("type")?.toUpperCase()),
    direction: pick(amendmentFiltersSchema.shape.direction, first("direction")?.toLowerCase()),
    q: q ? q : undefined,
    sort: sort.key,
    dir: sort.dir,
    page: parsePage(first("page")),
    perPage: parsePerPage(first("perPage")),
    cols: parseColumns(raw, AMENDMENT_COLUMNS),
  };
}
