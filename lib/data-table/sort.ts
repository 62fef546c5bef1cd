// The sort whitelist: a list's sort keys are a closed set, and only a key from it ever selects an
// ORDER BY fragment (written in the data function, never built from the key's text).
import { AppError } from "@/lib/actions/app-error";
import { isSortDir, type SortDir } from "./url";

export type SortSpec<K extends string> = { key: K; dir: SortDir };

export type SortWhitelist<K extends string> = {
  readonly keys: readonly K[];
  readonly defaultSort: SortSpec<K>;
  isKey(value: unknown): value is K;
  /**
   * For URLs (forgiving): an unknown key falls back to the default sort; a known key with a bad
   * direction gets the default direction (the default sort's for its key, else ascending).
   */
  parse(key: string | undefined, dir: string | undefined): SortSpec<K>;
  /** For data functions (strict): a key or direction outside the whitelist is VALIDATION, thrown before any SQL. */
  assert(sort: { key: unknown; dir: unknown }): SortSpec<K>;
};

export function defineSortWhitelist<const K extends string>(keys: readonly K[], defaultSort: SortSpec<K>): SortWhitelist<K> {
  const known = new Set<string>(keys);
  const isKey = (value: unknown): value is K => typeof value === "string" && known.has(value);
  const defaultDirOf = (key: K): SortDir => (key === defaultSort.key ? defaultSort.dir : "asc");
  return {
    keys,
    defaultSort,
    isKey,
    parse(key, dir) {
      if (!isKey(key)) return defaultSort;
      return { key, dir: isSortDir(dir) ? dir : defaultDirOf(key) };
    },
    assert(sort) {
      if (!isKey(sort.key) || !isSortDir(sort.dir)) throw new AppError("VALIDATION", { sort: [{ key: "invalid" }] });
      return { key: sort.key, dir: sort.dir };
    },
  };
}
