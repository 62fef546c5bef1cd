"use client";

import clsx from "clsx";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumnHelper } from "@/components/data-table/features";
import { countryName } from "@/lib/countries";
import type { FilterDef } from "@/lib/data-table/filters";
import { formatDate, formatMoneyExact, type Locale } from "@/lib/format";
import type { InvestmentType, ProjectStatus } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import type { ProjectList, ProjectListRow } from "@/lib/projects/find-projects";
import { zoneShortName } from "@/lib/projects/zone-name";
import { MAX_QUERY_LENGTH, PROJECT_DEFAULT_COLUMNS, PROJECT_FIXED_COLUMNS, PROJECT_SORTS } from "@/lib/projects/list-params";

const column = dataTableColumnHelper<ProjectListRow>();
const hrefOf = (row: ProjectListRow) => `/projects/${row.id}`;
const rowId = (row: ProjectListRow) => String(row.id);
const fixed = (id: string) => (PROJECT_FIXED_COLUMNS as readonly string[]).includes(id);

const STATUS_TONE: Record<ProjectStatus, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  SUSPENDED: "bg-amber-50 text-amber-800 ring-amber-600/25",
  EXTENDED: "bg-sky-50 text-sky-800 ring-sky-600/20",
  TERMINATED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  REVOKED: "bg-red-50 text-red-800 ring-red-600/20",
};

const TYPE_TONE: Record<InvestmentType, string> = {
  FDI: "bg-indigo-50 text-indigo-800 ring-indigo-600/20",
  DDI: "bg-teal-50 text-teal-800 ring-teal-600/20",
};

function Badge({ tone, title, children }: { tone: string; title?: string; children: ReactNode }) {
  return (
    <span title={title} className={clsx("inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tone)}>
      {children}
    </span>
  );
}

/** The projects list's columns, in the viewer's language; their ids are the sort keys of PROJECT_SORTS. */
function useProjectColumns() {
  const t = useTranslations("projectList");
  const locale: Locale = resolveLocale(useLocale());
  return useMemo(() => {
    const label = (id: string) => t(`columns.${id}`);
    // A few headers are shortened to keep the table narrow; the column chooser and screen readers get the full name.
    const header = (id: string) => {
      const short = t.has(`headers.${id}`) ? t(`headers.${id}`) : null;
      return function Header() {
        return short ? <span title={label(id)}>{short}</span> : label(id);
      };
    };
    const base = (id: string, extra: { align?: "start" | "end"; className?: string } = {}) => ({
      id,
      header: header(id),
      enableHiding: !fixed(id),
      meta: { label: label(id), ...extra },
    });
    return column.columns([
      column.accessor("code", {
        ...base("code", { className: "whitespace-nowrap" }),
        cell: ({ row }) => (
          <Link href={hrefOf(row.original)} className="font-medium text-brand-700 tabular-nums hover:underline" data-testid="project-code">
            {row.original.code}
          </Link>
        ),
      }),
      column.accessor("name", {
        ...base("name", { className: "min-w-44" }),
        cell: ({ row }) => (
          <div>
            <Link href={hrefOf(row.original)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline" data-testid="project-name">
              {row.original.name}
            </Link>
            {row.original.archived && (
              <span className="ml-2 align-middle">
                <Badge tone="bg-slate-100 text-slate-600 ring-slate-400/30">{t("archived")}</Badge>
              </span>
            )}
          </div>
        ),
      }),
      column.accessor("type", {
        ...base("type"),
        cell: ({ row }) => (
          <Badge tone={TYPE_TONE[row.original.type]} title={t(`typeNames.${row.original.type}`)}>
            {t(`types.${row.original.type}`)}
          </Badge>
        ),
      }),
      column.accessor((row) => row.leadInvestor.name, {
        ...base("investor", { className: "min-w-36" }),
        cell: ({ row }) => (
          <div>
            <p className="text-slate-800">{row.original.leadInvestor.name}</p>
            <p className="text-xs text-slate-500" data-testid="project-investor-country">
              {countryName(row.original.originCountry, locale)}
            </p>
          </div>
        ),
      }),
      column.accessor("originCountry", {
        ...base("country", { className: "whitespace-nowrap" }),
        cell: ({ row }) => (
          <span data-testid="project-country" data-country={row.original.originCountry}>
            {countryName(row.original.originCountry, locale)}
            <span className="ml-1.5 text-xs text-slate-400">{row.original.originCountry}</span>
          </span>
        ),
      }),
      column.accessor((row) => row.zone?.code ?? null, {
        ...base("zone", { className: "min-w-28" }),
        cell: ({ row }) => {
          const zone = row.original.zone;
          if (!zone) return <span className="text-slate-500 italic">{t("outsideZones")}</span>;
          return (
            <div>
              <p className="text-slate-800" title={zone.name}>
                {zoneShortName(zone.name)}
              </p>
              <p className="text-xs text-slate-500">{zone.code}</p>
            </div>
          );
        },
      }),
      column.accessor("vsicCode", {
        ...base("vsic", { className: "min-w-48" }),
        cell: ({ row }) => (
          <div>
            <p className="tabular-nums">{row.original.vsicCode}</p>
            <p className="text-xs text-slate-500">{t(`vsicSections.${row.original.vsicSection}`)}</p>
          </div>
        ),
      }),
      column.accessor("currentCapital", {
        ...base("capital", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => {
          const r = row.original;
          return (
            <div data-testid="project-capital">
              <p className="font-medium text-slate-900">{formatMoneyExact(r.currentCapital, r.currency, locale)}</p>
              {r.currency !== "USD" && (
                <p className="text-xs text-slate-500" data-testid="project-capital-usd">
                  {r.currentCapitalUsd === null ? t("notConverted") : t("usdConverted", { amount: formatMoneyExact(r.currentCapitalUsd, "USD", locale) })}
                </p>
              )}
            </div>
          );
        },
      }),
      column.accessor("status", {
        ...base("status"),
        cell: ({ row }) => <Badge tone={STATUS_TONE[row.original.status]}>{t(`statuses.${row.original.status}`)}</Badge>,
      }),
      column.accessor("ircFirstIssuedOn", {
        ...base("ircDate", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => <span data-testid="project-irc-date">{formatDate(row.original.ircFirstIssuedOn, locale)}</span>,
      }),
      column.accessor("ircNumber", {
        ...base("ircNumber", { className: "whitespace-nowrap tabular-nums" }),
      }),
    ]);
  }, [t, locale]);
}

/** The projects list on the generic data table; the page passes what the server read. */
export function ProjectsTable({ list, filters, footer }: { list: ProjectList; filters: FilterDef[]; footer: ReactNode }) {
  const t = useTranslations("projectList");
  const columns = useProjectColumns();
  return (
    <DataTable
      testId="projects-table"
      columns={columns}
      page={list}
      sorts={PROJECT_SORTS}
      getRowId={rowId}
      getRowHref={hrefOf}
      caption={t("caption")}
      filters={filters}
      search={{ placeholder: t("searchPlaceholder"), maxLength: MAX_QUERY_LENGTH }}
      defaultColumns={PROJECT_DEFAULT_COLUMNS}
      emptyMessage={t("empty")}
      footer={footer}
    />
  );
}
