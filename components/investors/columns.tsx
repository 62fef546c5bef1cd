"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumnHelper } from "@/components/data-table/features";
import { countryName } from "@/lib/countries";
import type { FilterDef } from "@/lib/data-table/filters";
import type { Page } from "@/lib/data-table/paging";
import { formatCount, type Locale } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { InvestorListRow } from "@/lib/investors/find-investors";
import { INVESTOR_DEFAULT_COLUMNS, INVESTOR_FIXED_COLUMNS, INVESTOR_SORTS, MAX_INVESTOR_QUERY_LENGTH } from "@/lib/investors/list-params";

const column = dataTableColumnHelper<InvestorListRow>();
const hrefOf = (row: InvestorListRow) => `/investors/${row.id}`;
const rowId = (row: InvestorListRow) => String(row.id);

function useInvestorColumns() {
  const t = useTranslations("investorList");
  const locale: Locale = resolveLocale(useLocale());
  return useMemo(() => {
    const base = (id: string, extra: { align?: "start" | "end"; className?: string } = {}) => ({
      id,
      header: t(`columns.${id}`),
      enableHiding: !(INVESTOR_FIXED_COLUMNS as readonly string[]).includes(id),
      meta: { label: t(`columns.${id}`), ...extra },
    });
    return column.columns([
      column.accessor("name", {
        ...base("name", { className: "min-w-72" }),
        cell: ({ row }) => (
          <Link href={hrefOf(row.original)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline" data-testid="investor-name">
            {row.original.name}
          </Link>
        ),
      }),
      column.accessor("kind", { ...base("kind", { className: "whitespace-nowrap" }), cell: ({ row }) => t(`kinds.${row.original.kind}`) }),
      column.accessor("country", {
        ...base("country", { className: "whitespace-nowrap" }),
        cell: ({ row }) => (
          <span>
            {countryName(row.original.country, locale)}
            <span className="ml-1.5 text-xs text-slate-400">{row.original.country}</span>
          </span>
        ),
      }),
      column.accessor("identifier", {
        ...base("identifier", { className: "whitespace-nowrap tabular-nums" }),
        cell: ({ row }) => row.original.identifier ?? <span className="text-slate-400">—</span>,
      }),
      column.accessor("projectCount", {
        ...base("projects", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => formatCount(row.original.projectCount, locale),
      }),
    ]);
  }, [t, locale]);
}

/** The investors list on the generic data table. */
export function InvestorsTable({ page, filters }: { page: Page<InvestorListRow>; filters: FilterDef[] }) {
  const t = useTranslations("investorList");
  const columns = useInvestorColumns();
  return (
    <DataTable
      testId="investors-table"
      columns={columns}
      page={page}
      sorts={INVESTOR_SORTS}
      getRowId={rowId}
      getRowHref={hrefOf}
      caption={t("caption")}
      filters={filters}
      search={{ placeholder: t("searchPlaceholder"), maxLength: MAX_INVESTOR_QUERY_LENGTH }}
      defaultColumns={INVESTOR_DEFAULT_COLUMNS}
      emptyMessage={t("empty")}
    />
  );
}
