// The investors list's URL → typed filters, sort and paging: forgiving for links, strict for
// findInvestors. Safe to import from client components.
//   /investors?country=KR&kind=ORGANIZATION&q=samsung&sort=projects&dir=desc&page=1&perPage=25&cols=name,country,projects
import { z } from "zod";
import { DEFAULT_PER_PAGE, MAX_PAGE, PER_PAGE_OPTIONS } from "@/lib/data-table/paging";
import { defineSortWhitelist } from "@/lib/data-table/sort";
import { firstParam, parseColumns, parsePage, parsePerPage, SORT_DIRS, type RawSearchParams } from "@/lib/data-table/url";
import { InvestorKind } from "@/lib/generated/prisma/enums";

export const INVESTOR_KINDS = Object.values(InvestorKind);
export const MAX_INVESTOR_QUERY_LENGTH = 200;
/** Control characters (NUL breaks PostgreSQL text): a URL's are replaced by spaces, a direct call's refused. */
const CONTROL = /[\u0000-\u001F\u007F]/g;

export const INVESTOR_COLUMNS = ["name", "kind", "country", "identifier", "projects"] as const;
export type InvestorColumn = (typeof INVESTOR_COLUMNS)[number];
export const INVESTOR_DEFAULT_COLUMNS: readonly InvestorColumn[] = INVESTOR_COLUMNS;
export const INVESTOR_FIXED_COLUMNS: readonly InvestorColumn[] = ["name"];

/** Default: by name (ties by id). */
export const INVESTOR_SORTS = defineSortWhitelist(INVESTOR_COLUMNS, { key: "name", dir: "asc" });
export type InvestorSortKey = InvestorColumn;

export const investorFiltersSchema = z.object({
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  kind: z.enum(INVESTOR_KINDS).optional(),
  /** Free text over name and identifier (Investor.searchText), accent-insensitive. */
  q: z
    .string()
    .max(MAX_INVESTOR_QUERY_LENGTH)
    .refine((s) => !new RegExp(CONTROL.source).test(s))
    .optional(),
});

export const investorListParamsSchema = investorFiltersSchema.extend({
  sort: z.enum(INVESTOR_COLUMNS).default(INVESTOR_SORTS.defaultSort.key),
  dir: z.enum(SORT_DIRS).default(INVESTOR_SORTS.defaultSort.dir),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  perPage: z.union(PER_PAGE_OPTIONS.map((n) => z.literal(n))).default(DEFAULT_PER_PAGE),
  cols: z.array(z.enum(INVESTOR_COLUMNS)).optional(),
});

export type InvestorFilters = z.input<typeof investorFiltersSchema>;
export type InvestorListParams = z.output<typeof investorListParamsSchema>;
export type InvestorListInput = z.input<typeof investorListParamsSchema>;

export const INVESTOR_FILTER_PARAMS = ["country", "kind", "q"] as const;

function pick<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Reads an investors-list URL; never throws (see parseProjectListParams). */
export function parseInvestorListParams(raw: RawSearchParams): InvestorListParams {
  const first = (key: string) => firstParam(raw, key);
  const sort = INVESTOR_SORTS.parse(first("sort"), first("dir")?.toLowerCase());
  const q = first("q")?.replace(CONTROL, " ").slice(0, MAX_INVESTOR_QUERY_LENGTH).trim();
  return {
    country: pick(investorFiltersSchema.shape.country, first("country")?.toUpperCase()),
    kind: pick(investorFiltersSchema.shape.kind, first("kind")?.toUpperCase()),
    q: q ? q : undefined,
    sort: sort.key,
    dir: sort.dir,
    page: parsePage(first("page")),
    perPage: parsePerPage(first("perPage")),
    cols: parseColumns(raw, INVESTOR_COLUMNS),
  };
}
