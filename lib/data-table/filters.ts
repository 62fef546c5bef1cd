// The toolbar's filters, as data: a list page describes them (server side, with translated
// labels) and the generic table draws and writes them. All of it is serialisable, so it crosses
// from a server component to the client table.

export type FilterOption = { value: string; label: string; /** indented under a group label, e.g. a zone under "KCN" */ depth?: 0 | 1 };

export type FilterDef =
  /** One value or none ("all"). */
  | { kind: "select"; param: string; label: string; allLabel: string; options: FilterOption[] }
  /** Several values of a closed set, written as a comma-separated list; none selected = all. */
  | { kind: "multi"; param: string; label: string; allLabel: string; options: FilterOption[] }
  /** A date range, each end written as yyyy-MM-dd; either end may be open. */
  | { kind: "dateRange"; fromParam: string; toParam: string; label: string; fromLabel: string; toLabel: string };

/** The URL parameters a filter writes. */
export function paramsOf(filter: FilterDef): string[] {
  return filter.kind === "dateRange" ? [filter.fromParam, filter.toParam] : [filter.param];
}
