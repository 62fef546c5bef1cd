// Writing a list's state back into its URL: the table and its toolbar change a few parameters and
// keep every other one, so a link always carries the whole view.

/** A parameter's new value: a string, a list (written comma-separated), or null/""/[] to remove it. */
export type ParamValue = string | number | readonly string[] | null | undefined;
export type ParamChanges = Record<string, ParamValue>;

/**
 * The query string ("?a=1&b=2", or "" when empty) after applying `changes` to `current`. Changing
 * a filter, the search or the page size goes back to page 1 (`resetPage`), since the old page
 * number means nothing in the new result.
 */
export function nextQueryString(current: URLSearchParams | string, changes: ParamChanges, options: { resetPage?: boolean } = {}): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    const text = Array.isArray(value) ? value.join(",") : value === null || value === undefined ? "" : String(value);
    if (text === "") params.delete(key);
    else params.set(key, text);
  }
  if (options.resetPage) params.delete("page");
  // Commas need no escaping in a query string; "status=ACTIVE,EXTENDED" reads better in a shared link.
  const query = params.toString().replace(/%2C/gi, ",");
  return query ? `?${query}` : "";
}
