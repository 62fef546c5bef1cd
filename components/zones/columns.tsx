"use client";

import clsx from "clsx";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { dataTableColumnHelper } from "@/components/data-table/features";
import type { FilterDef } from "@/lib/data-table/filters";
import { formatArea, formatCount, formatPercent, type Locale } from "@/lib/format";
import type { InfrastructureStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import { zoneShortName } from "@/lib/projects/zone-name";
import type { ZoneList, ZoneListRow } from "@/lib/zones/find-zones";
import { MAX_QUERY_LENGTH, ZONE_DEFAULT_COLUMNS, ZONE_FIXED_COLUMNS, ZONE_SORTS } from "@/lib/zones/list-params";

const column = dataTableColumnHelper<ZoneListRow>();
const hrefOf = (row: ZoneListRow) => `/zones/${row.id}`;
const rowId = (row: ZoneListRow) => String(row.id);
const fixed = (id: string) => (ZONE_FIXED_COLUMNS as readonly string[]).includes(id);

export const ZONE_STATUS_TONE: Record<ZoneStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  ESTABLISHED: "bg-sky-50 text-sky-800 ring-sky-600/20",
  OPERATING: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
};
export const ZONE_KIND_TONE: Record<ZoneKind, string> = {
  KCN: "bg-indigo-50 text-indigo-800 ring-indigo-600/20",
  CCN: "bg-teal-50 text-teal-800 ring-teal-600/20",
};
export const INFRA_TONE: Record<InfrastructureStatus, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  UNDER_CONSTRUCTION: "bg-amber-50 text-amber-800 ring-amber-600/25",
  BASICALLY_COMPLETE: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
};

export function ZoneBadge({ tone, title, testId, children }: { tone: string; title?: string; testId?: string; children: ReactNode }) {
  return (
    <span
      title={title}
      data-testid={testId}
      className={clsx("inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tone)}
    >
      {children}
    </span>
  );
}

/** A thin bar under a percentage; red past 100%. */
function Bar({ ratio }: { ratio: string | null }) {
  if (ratio === null) return null;
  const value = Number(ratio);
  return (
    <span aria-hidden className="mt-1 ml-auto block h-1 w-16 overflow-hidden rounded-full bg-slate-100">
      <span className={clsx("block h-full rounded-full", value > 1 ? "bg-red-600" : "bg-brand-600")} style={{ width: `${Math.min(100, Math.max(0, value * 100))}%` }} />
    </span>
  );
}

function useZoneColumns() {
  const t = useTranslations("zoneList");
  const locale: Locale = resolveLocale(useLocale());
  return useMemo(() => {
    const label = (id: string) => t(`columns.${id}`);
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
    const area = (value: string) => formatArea(value, locale, 2);
    return column.columns([
      column.accessor("code", {
        ...base("code", { className: "whitespace-nowrap" }),
        cell: ({ row }) => (
          <Link href={hrefOf(row.original)} className="font-medium text-brand-700 tabular-nums hover:underline" data-testid="zone-code">
            {row.original.code}
          </Link>
        ),
      }),
      column.accessor("name", {
        ...base("name", { className: "min-w-44" }),
        cell: ({ row }) => (
          <Link href={hrefOf(row.original)} title={row.original.name} className="font-medium text-slate-900 hover:text-brand-700 hover:underline" data-testid="zone-name">
            {zoneShortName(row.original.name)}
          </Link>
        ),
      }),
      column.accessor("kind", {
        ...base("kind"),
        cell: ({ row }) => (
          <ZoneBadge tone={ZONE_KIND_TONE[row.original.kind]} title={t(`kindNames.${row.original.kind}`)} testId="zone-kind">
            {t(`kinds.${row.original.kind}`)}
          </ZoneBadge>
        ),
      }),
      column.accessor("status", {
        ...base("status"),
        cell: ({ row }) => (
          <ZoneBadge tone={ZONE_STATUS_TONE[row.original.status]} testId="zone-status">
            {t(`statuses.${row.original.status}`)}
          </ZoneBadge>
        ),
      }),
      column.accessor("district", {
        ...base("district", { className: "min-w-28" }),
        cell: ({ row }) => <span data-testid="zone-district">{row.original.district}</span>,
      }),
      column.accessor("totalAreaHa", {
        ...base("totalArea", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => area(row.original.totalAreaHa),
      }),
      column.accessor("leasableAreaHa", {
        ...base("leasable", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => area(row.original.leasableAreaHa),
      }),
      column.accessor("leasedHa", {
        ...base("leased", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => <span data-testid="zone-leased">{area(row.original.leasedHa)}</span>,
      }),
      column.accessor("occupancy", {
        ...base("occupancy", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => {
          const r = row.original;
          const over = r.occupancy !== null && Number(r.occupancy) > 1;
          return (
            <div data-testid="zone-occupancy" title={r.occupancy === null ? t("noLeasable") : over ? t("overfull") : undefined}>
              <span className={clsx("font-medium", over ? "text-red-700" : "text-slate-900")}>
                {over && <span aria-hidden>⚠ </span>}
                {formatPercent(r.occupancy, locale)}
              </span>
              {over && <span className="sr-only"> ({t("overfull")})</span>}
              <Bar ratio={r.occupancy} />
            </div>
          );
        },
      }),
      column.accessor("activeSecondary", {
        ...base("projects", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => (
          <div data-testid="zone-projects">
            <p className="font-medium text-slate-900">{formatCount(row.original.activeSecondary, locale)}</p>
            <p className="text-xs text-slate-500">
              {t("projectsSplit", { fdi: formatCount(row.original.activeSecondaryFdi, locale), ddi: formatCount(row.original.activeSecondaryDdi, locale) })}
            </p>
          </div>
        ),
      }),
      column.accessor("clearance", {
        ...base("clearance", { align: "end", className: "whitespace-nowrap" }),
        sortDescFirst: true,
        cell: ({ row }) => {
          const r = row.original;
          if (r.landToClearHa === null) return <span className="text-xs text-slate-500 italic">{t("noProgress")}</span>;
          return (
            <div data-testid="zone-clearance">
              <p className="font-medium text-slate-900">{formatPercent(r.clearance, locale)}</p>
              <p className="text-xs text-slate-500">{t("clearanceOf", { cleared: formatArea(r.landClearedHa, locale, 2), toClear: formatArea(r.landToClearHa, locale, 2) })}</p>
            </div>
          );
        },
      }),
      column.accessor("infrastructureStatus", {
        ...base("infrastructure"),
        cell: ({ row }) => <ZoneBadge tone={INFRA_TONE[row.original.infrastructureStatus]}>{t(`infrastructure.${row.original.infrastructureStatus}`)}</ZoneBadge>,
      }),
    ]);
  }, [t, locale]);
}

/** The zones list on the generic data table; the page passes what the server read. */
export function ZonesTable({ list, filters, footer }: { list: ZoneList; filters: FilterDef[]; footer?: ReactNode }) {
  const t = useTranslations("zoneList");
  const columns = useZoneColumns();
  return (
    <DataTable
      testId="zones-table"
      columns={columns}
      page={list}
      sorts={ZONE_SORTS}
      getRowId={rowId}
      getRowHref={hrefOf}
      caption={t("caption")}
      filters={filters}
      search={{ placeholder: t("searchPlaceholder"), maxLength: MAX_QUERY_LENGTH }}
      defaultColumns={ZONE_DEFAULT_COLUMNS}
      emptyMessage={t("empty")}
      footer={footer}
    />
  );
}
