"use client";

import { useTable, type ColumnDef, type RowData, type SortingState, type Updater, type ColumnVisibilityState } from "@tanstack/react-table";
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, type MouseEvent, type ReactNode } from "react";
import { paramsOf, type FilterDef } from "@/lib/data-table/filters";
import { DEFAULT_PER_PAGE, type Page, type PerPage } from "@/lib/data-table/paging";
import type { SortWhitelist } from "@/lib/data-table/sort";
import { parseColumns, parsePage, parsePerPage } from "@/lib/data-table/url";
import { formatCount } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { ColumnChooser } from "./column-chooser";
import { dataTableFeatures, type DataTableColumns, type DataTableFeatures } from "./features";
import { FilterControl } from "./filter-controls";
import { Pagination } from "./pagination";
import { SearchBox } from "./search-box";
import { useTableUrl } from "./use-table-url";

export type DataTableProps<TData extends RowData> = {
  /** Stable column definitions (module constant or memoised); a column's id is its sort key. */
  columns: DataTableColumns<TData>;
  /** The page the server read for the current URL. */
  page: Page<TData>;
  /** The list's sort whitelist, the same one the server parses with. */
  sorts: SortWhitelist<string>;
  getRowId: (row: TData) => string;
  /** The accessible name of the table. */
  caption: string;
  /** Toolbar filters; each writes its URL parameter(s). */
  filters?: FilterDef[];
  /** The free-text box (URL parameter `q`); omitted → no search box. */
  search?: { placeholder: string; maxLength: number };
  /** Columns shown when the URL has no `cols`; default: all. */
  defaultColumns?: readonly string[];
  /** Where a click on a row goes (the row also holds a real link for the keyboard). */
  getRowHref?: (row: TData) => string;
  /** Shown when nothing matches. */
  emptyMessage?: string;
  /** Under the table, e.g. how amounts were converted. */
  footer?: ReactNode;
  testId?: string;
};

type AnyColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, unknown>;

function columnIdOf<TData extends RowData>(def: AnyColumnDef<TData>): string {
  if (def.id) return def.id;
  if ("accessorKey" in def && typeof def.accessorKey === "string") return def.accessorKey;
  throw new Error("Every data-table column needs an id or an accessorKey");
}

function apply<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

const INTERACTIVE = "a, button, input, select, textarea, label, summary, [role=button]";

/**
 * The one server-side table of every list. It renders the rows it is given (the server filtered,
 * sorted and sliced them); sorting, paging, filters, search and visible columns are URL
 * parameters (`sort`, `dir`, `page`, `perPage`, each filter's own, `q`, `cols`), so that any view
 * can be shared by link. While the server renders a new view the old rows stay, dimmed.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { columns, page, sorts, getRowId, caption, filters = [], search, defaultColumns, getRowHref, emptyMessage, footer, testId } = props;
  const t = useTranslations("table");
  const locale = resolveLocale(useLocale());
  const router = useRouter();
  const url = useTableUrl();
  const { params } = url;

  const columnIds = useMemo(() => (columns as readonly AnyColumnDef<TData>[]).map(columnIdOf), [columns]);
  // Columns that cannot be hidden (enableHiding: false) show whatever a link says.
  const fixedIds = useMemo(
    () => (columns as readonly AnyColumnDef<TData>[]).filter((def) => def.enableHiding === false).map(columnIdOf),
    [columns],
  );
  const sort = sorts.parse(params.get("sort") ?? undefined, params.get("dir") ?? undefined);
  const pageNumber = parsePage(params.get("page") ?? undefined);
  const perPage = parsePerPage(params.get("perPage") ?? undefined);
  const colsParam = params.get("cols") ?? "";
  const defaultVisible = useMemo(() => columnIds.filter((id) => !defaultColumns || defaultColumns.includes(id)), [columnIds, defaultColumns]);
  const visible = useMemo(() => {
    const asked = parseColumns({ cols: colsParam }, columnIds);
    return asked ? columnIds.filter((id) => asked.includes(id) || fixedIds.includes(id)) : defaultVisible;
  }, [colsParam, columnIds, fixedIds, defaultVisible]);

  const sorting = useMemo<SortingState>(() => [{ id: sort.key, desc: sort.dir === "desc" }], [sort.key, sort.dir]);
  const pagination = useMemo(() => ({ pageIndex: pageNumber - 1, pageSize: perPage }), [pageNumber, perPage]);
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(columnIds.map((id) => [id, visible.includes(id)])), [columnIds, visible]);

  // The default set is written as no `cols` at all, so plain links stay short.
  const setVisible = (next: string[]) => {
    const isDefault = next.length === defaultVisible.length && next.every((id) => defaultVisible.includes(id));
    url.replaceLocally({ cols: isDefault ? null : next });
  };

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: page.data,
    getRowId,
    state: { sorting, pagination, columnVisibility },
    manualSorting: true,
    manualPagination: true,
    rowCount: page.count,
    autoResetPageIndex: false,
    enableMultiSort: false,
    enableSortingRemoval: false,
    // A first click sorts ascending unless the column says otherwise (amounts and dates: newest/largest first).
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [next] = apply(updater, sorting);
      if (next) url.navigate({ sort: next.id, dir: next.desc ? "desc" : "asc" }, { resetPage: true });
    },
    onPaginationChange: (updater) => {
      const next = apply(updater, pagination);
      if (next.pageSize !== perPage) url.navigate({ perPage: next.pageSize === DEFAULT_PER_PAGE ? null : next.pageSize }, { resetPage: true });
      else url.navigate({ page: next.pageIndex > 0 ? next.pageIndex + 1 : null });
    },
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, columnVisibility);
      setVisible(columnIds.filter((id) => next[id] !== false));
    },
  });

  const filterParams = [...filters.flatMap(paramsOf), ...(search ? ["q"] : [])];
  const activeFilters = filterParams.filter((p) => params.has(p)).length;
  const clearFilters = () => url.navigate(Object.fromEntries(filterParams.map((p) => [p, null])), { resetPage: true });
  const rows = table.getRowModel().rows;
  const visibleCount = table.getVisibleLeafColumns().length;
  const pastEnd = page.count > 0 && page.data.length === 0;

  const openRow = (event: MouseEvent<HTMLTableRowElement>, href: string) => {
    if ((event.target as HTMLElement).closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return; // selecting text to copy, not opening
    if (event.metaKey || event.ctrlKey) window.open(href, "_blank", "noopener");
    else router.push(href);
  };

  return (
    <div data-testid={testId} className="rounded-lg border border-slate-200 bg-white shadow-xs">
      <div className="space-y-3 border-b border-slate-200 px-4 py-3">
        <div className="flex flex-wrap items-center gap-3">
          {search && (
            <SearchBox
              value={params.get("q") ?? ""}
              placeholder={search.placeholder}
              maxLength={search.maxLength}
              onSearch={(q) => url.navigate({ q }, { resetPage: true })}
            />
          )}
          {/* Always in the layout, so that clearing the filters moves nothing. */}
          <button
            type="button"
            onClick={clearFilters}
            data-testid="clear-filters"
            className={clsx("h-9 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50", activeFilters === 0 && "invisible")}
          >
            {t("clearFilters", { count: activeFilters })}
          </button>
          <div className="ml-auto w-44">
            <ColumnChooser
              columns={table.getAllLeafColumns().map((column) => ({
                id: column.id,
                label: column.columnDef.meta?.label ?? column.id,
                visible: column.getIsVisible(),
                canHide: column.getCanHide(),
              }))}
              onToggle={(id, on) => table.getColumn(id)?.toggleVisibility(on)}
              onReset={() => url.replaceLocally({ cols: null })}
            />
          </div>
        </div>
        {filters.length > 0 && (
          <div className="grid grid-cols-[repeat(auto-fill,minmax(11rem,1fr))] gap-x-3 gap-y-2.5">
            {filters.map((filter) => (
              <FilterControl key={paramsOf(filter).join(",")} filter={filter} params={params} onChange={(changes) => url.navigate(changes, { resetPage: true })} />
            ))}
          </div>
        )}
      </div>

      <div className="relative">
        {/* An indeterminate bar while the server renders the new view; it takes no space. */}
        <div aria-hidden className={clsx("absolute inset-x-0 top-0 z-10 h-0.5 bg-brand-600 transition-opacity", url.pending ? "animate-pulse opacity-100" : "opacity-0")} />
        <p role="status" className="sr-only">
          {url.pending ? t("loading") : t("resultCount", { count: formatCount(page.count, locale) })}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" aria-busy={url.pending} data-testid="data-table">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50 text-xs text-slate-600">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} className="border-b border-slate-200">
                  {group.headers.map((header) => {
                    const meta = header.column.columnDef.meta;
                    const sorted = header.column.getIsSorted();
                    const end = meta?.align === "end";
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                        className={clsx("px-2.5 py-2.5 font-semibold whitespace-nowrap first:pl-4 last:pr-4", end && "text-right", meta?.className)}
                      >
                        {header.isPlaceholder ? null : header.column.getCanSort() ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            data-testid={`sort-${header.column.id}`}
                            className={clsx(
                              "group inline-flex items-center gap-1 rounded align-middle uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600",
                              end && "flex-row-reverse",
                              sorted && "text-slate-900",
                            )}
                          >
                            <table.FlexRender header={header} />
                            <SortIcon dir={sorted} />
                          </button>
                        ) : (
                          <span className="uppercase">
                            <table.FlexRender header={header} />
                          </span>
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className={clsx("transition-opacity", url.pending && "opacity-60")}>
              {rows.map((row) => {
                const href = getRowHref?.(row.original);
                return (
                  <tr
                    key={row.id}
                    data-testid="data-row"
                    onClick={href ? (event) => openRow(event, href) : undefined}
                    className={clsx("border-b border-slate-100 align-top last:border-b-0", href && "cursor-pointer hover:bg-brand-50/50")}
                  >
                    {row.getVisibleCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      return (
                        <td key={cell.id} className={clsx("px-2.5 py-2.5 first:pl-4 last:pr-4", meta?.align === "end" && "text-right tabular-nums", meta?.className)}>
                          <table.FlexRender cell={cell} />
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={visibleCount} className="px-4 py-14 text-center" data-testid="table-empty">
                    <p className="font-medium text-slate-800">{pastEnd ? t("pastEndTitle") : t("emptyTitle")}</p>
                    <p className="mt-1 text-slate-600">{pastEnd ? t("pastEnd", { totalPages: formatCount(page.totalPages, locale) }) : (emptyMessage ?? t("empty"))}</p>
                    {pastEnd ? (
                      <button type="button" onClick={() => url.navigate({ page: null })} className="mt-3 text-sm font-medium text-brand-700 hover:underline">
                        {t("firstPage")}
                      </button>
                    ) : (
                      activeFilters > 0 && (
                        <button type="button" onClick={clearFilters} className="mt-3 text-sm font-medium text-brand-700 hover:underline">
                          {t("clearFilters", { count: activeFilters })}
                        </button>
                      )
                    )}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </div>

      <Pagination
        page={pageNumber}
        perPage={perPage}
        count={page.count}
        totalPages={page.totalPages}
        onPage={(n) => table.setPageIndex(n - 1)}
        onPerPage={(size: PerPage) => table.setPageSize(size)}
      />
      {footer && <div className="border-t border-slate-200 px-4 py-2.5 text-xs text-slate-500">{footer}</div>}
    </div>
  );
}

function SortIcon({ dir }: { dir: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={clsx("size-3.5 shrink-0", dir ? "text-brand-600" : "text-slate-300 group-hover:text-slate-500")}>
      {dir === "asc" ? (
        <path d="M10 5.5a1 1 0 0 1 .7.3l4 4a1 1 0 0 1-1.4 1.4L11 8.9V14a1 1 0 1 1-2 0V8.9l-2.3 2.3a1 1 0 0 1-1.4-1.4l4-4a1 1 0 0 1 .7-.3Z" />
      ) : dir === "desc" ? (
        <path d="M10 14.5a1 1 0 0 1-.7-.3l-4-4a1 1 0 0 1 1.4-1.4L9 11.1V6a1 1 0 1 1 2 0v5.1l2.3-2.3a1 1 0 0 1 1.4 1.4l-4 4a1 1 0 0 1-.7.3Z" />
      ) : (
        <path d="M10 3.5a1 1 0 0 1 .7.3l3 3a1 1 0 0 1-1.4 1.4L10 5.9 7.7 8.2a1 1 0 0 1-1.4-1.4l3-3a1 1 0 0 1 .7-.3Zm-3.7 8.3a1 1 0 0 1 1.4 0l2.3 2.3 2.3-2.3a1 1 0 0 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0l-3-3a1 1 0 0 1 0-1.4Z" />
      )}
    </svg>
  );
}
