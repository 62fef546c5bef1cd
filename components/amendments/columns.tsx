"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumnHelper } from "@/components/data-table/features";
import type { AmendmentListRow } from "@/lib/amendments/find-amendments";
import { AMENDMENT_DEFAULT_COLUMNS, AMENDMENT_FIXED_COLUMNS, AMENDMENT_SORTS, MAX_AMENDMENT_QUERY_LENGTH, type AmendmentColumn } from "@/lib/amendments/list-params";
import type { FilterDef } from "@/lib/data-table/filters";
import type { Page } from "@/lib/data-table/paging";
import { formatCount, formatDate, formatMoneyExact, type Locale } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import { resolveLocale } from "@/lib/i18n/locale";

const column = dataTableColumnHelper<AmendmentListRow>();
const hrefOf = (row: AmendmentListRow) => `/projects/${row.projectId}`;
const rowId = (row: AmendmentListRow) => String(row.id);

function useAmendmentColumns() {
  const t = useTranslations("amendmentList");
  const tp = useTranslations("projectList");
  const locale: Locale = resolveLocale(useLocale());
  return useMemo(() => {
    const base = (id: AmendmentColumn, extra: { align?: "start" | "end"; className?: string } = {}) => ({
      id,
      header: t(`columns.${id}`),
      enableHiding: !AMENDMENT_FIXED_COLUMNS.includes(id),
      meta: { label: t(`columns.${id}`), ...extra },
    });
    return column.columns([
      column.accessor("amendedOn", { ...base("amendedOn", { className: "whitespace-nowrap tabular-nums" }), sortDescFirst: true, cell: ({ row }) => formatDate(row.original.amendedOn, locale) }),
      column.accessor("projectName", {
        ...base("project", { className: "min-w-72" }),
        cell: ({ row }) => (
          <Link href={hrefOf(row.original)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline" data-testid="amendment-project">
            <span className="mr-1.5 text-xs text-slate-500">{row.original.projectCode}</span>
            {row.original.projectName}
          </Link>
        ),
      }),
      column.accessor("type", { ...base("type"), cell: ({ row }) => tp(`types.${row.original.type}`) }),
      column.accessor("number", { ...base("number", { align: "end" }), cell: ({ row }) => formatCount(row.original.number, locale) }),
      column.accessor("capitalDelta", {
        ...base("delta", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => {
          const delta = row.original.capitalDelta;
          // An amendment of other terms only: no sign, no colour.
          if (new Dec(delta).isZero()) return <span className="text-slate-500">{t("unchangedCapital")}</span>;
          const text = formatMoneyExact(delta, row.original.currency, locale);
          return <span className={delta.startsWith("-") ? "text-red-700" : "text-emerald-700"}>{delta.startsWith("-") ? text : `+${text}`}</span>;
        },
      }),
      column.accessor("capitalAfter", {
        ...base("capitalAfter", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => formatMoneyExact(row.original.capitalAfter, row.original.currency, locale),
      }),
    ]);
  }, [t, tp, locale]);
}

/** The amendments list on the generic data table. */
export function AmendmentsTable({ page, filters }: { page: Page<AmendmentListRow>; filters: FilterDef[] }) {
  const t = useTranslations("amendmentList");
  const columns = useAmendmentColumns();
  return (
    <DataTable
      testId="amendments-table"
      columns={columns}
      page={page}
      sorts={AMENDMENT_SORTS}
      getRowId={rowId}
      getRowHref={hrefOf}
      caption={t("caption")}
      filters={filters}
      search={{ placeholder: t("searchPlaceholder"), maxLength: MAX_AMENDMENT_QUERY_LENGTH }}
      defaultColumns={AMENDMENT_DEFAULT_COLUMNS}
      emptyMessage={t("empty")}
    />
  );
}
