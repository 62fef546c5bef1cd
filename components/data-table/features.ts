import { columnVisibilityFeature, createColumnHelper, metaHelper, rowPaginationFeature, rowSortingFeature, tableFeatures, type TableOptions } from "@tanstack/react-table";
import type { RowData } from "@tanstack/react-table";

/** What a column tells the generic table beyond TanStack's definition. */
export type DataTableColumnMeta = {
  /** The column's name in the column chooser and for screen readers (the header may be richer). */
  label: string;
  /** "end" for numbers and amounts: right-aligned with tabular figures. */
  align?: "start" | "end";
  /** Extra classes for the header and cells (widths, wrapping). */
  className?: string;
};

/**
 * The one feature set of every list: server-side sorting and paging (manual), and column
 * visibility. Filtering is not a TanStack feature here: filters are URL parameters the server reads.
 */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;
export type DataTableColumns<TData extends RowData> = TableOptions<DataTableFeatures, TData>["columns"];

/** The column helper a list's columns.tsx uses: `const column = dataTableColumnHelper<ProjectListRow>()`. */
export function dataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
