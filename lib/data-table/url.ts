// Forgiving reading of a list's URL: a hand-edited, stale or hostile link shows the default view
// for the part it got wrong, never an error page. Shared by the server (parsing) and the table (writing).
import { DEFAULT_PER_PAGE, isPerPage, MAX_PAGE, type PerPage } from "./paging";

/** What a page receives as `searchParams` (awaited), or the browser's URLSearchParams. */
export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Lists in a URL are comma-separated ("status=ACTIVE,EXTENDED"); no list needs more entries than this. */
const MAX_LIST = 50;
/** No single parameter value is read beyond this length (the search box has its own, smaller limit). */
const MAX_VALUE = 10_000;

function valuesOf(raw: RawSearchParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const value = raw[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The first value of a parameter, trimmed; absent or blank → undefined. */
export function firstParam(raw: RawSearchParams, key: string): string | undefined {
  const value = valuesOf(raw, key)[0]?.slice(0, MAX_VALUE).trim();
  return value ? value : undefined;
}

/** Every value of a list parameter: comma-separated and/or repeated keys, trimmed, without blanks or duplicates. */
export function listParam(raw: RawSearchParams, key: string): string[] {
  const items = valuesOf(raw, key)
    .flatMap((value) => value.slice(0, MAX_VALUE).split(","))
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)].slice(0, MAX_LIST);
}

/** A 1-based page number; anything but a plain positive integer up to MAX_PAGE → 1. */
export function parsePage(value: string | undefined): number {
  if (value === undefined || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

/** 25, 50 or 100; anything else → the default (25). */
export function parsePerPage(value: string | undefined): PerPage {
  if (value === undefined || !/^\d{1,3}$/.test(value)) return DEFAULT_PER_PAGE;
  const perPage = Number(value);
  return isPerPage(perPage) ? perPage : DEFAULT_PER_PAGE;
}

export const SORT_DIRS = ["asc", "desc"] as const;
export type SortDir = (typeof SORT_DIRS)[number];

export function isSortDir(value: unknown): value is SortDir {
  return value === "asc" || value === "desc";
}

/**
 * The visible columns of a view ("cols=code,name,capital"), restricted to the known ids in their
 * defined order. Absent, or nothing known in it → undefined, meaning "the default columns".
 */
export function parseColumns<T extends string>(raw: RawSearchParams, known: readonly T[], key = "cols"): T[] | undefined {
  const asked = new Set(listParam(raw, key));
  const visible = known.filter((id) => asked.has(id));
  return visible.length > 0 ? visible : undefined;
}
