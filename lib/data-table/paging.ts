// The one paging contract from a list query to the table: what the server read for one page.

/** The page sizes a list offers; anything else in a URL falls back to the default. */
export const PER_PAGE_OPTIONS = [25, 50, 100] as const;
export type PerPage = (typeof PER_PAGE_OPTIONS)[number];
export const DEFAULT_PER_PAGE: PerPage = 25;

/** Pages beyond this are refused by the parsers (a hostile "page=1e12" must not become an OFFSET). */
export const MAX_PAGE = 100_000;

export type Page<T> = {
  /** The rows of this page, already filtered, sorted and sliced by the database. */
  data: T[];
  /** How many rows match the filters, over all pages. */
  count: number;
  /** 1-based. A page past the end is answered with no rows and the true count, never clamped. */
  page: number;
  perPage: PerPage;
  /** At least 1, so that an empty result still reads "page 1 of 1". */
  totalPages: number;
};

export function totalPagesOf(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** The OFFSET of a 1-based page. */
export function offsetOf(page: number, perPage: number): number {
  return (page - 1) * perPage;
}

export function toPage<T>(data: T[], count: number, page: number, perPage: PerPage): Page<T> {
  return { data, count, page, perPage, totalPages: totalPagesOf(count, perPage) };
}

export function isPerPage(value: number): value is PerPage {
  return (PER_PAGE_OPTIONS as readonly number[]).includes(value);
}
