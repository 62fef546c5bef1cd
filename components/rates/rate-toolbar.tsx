import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PER_PAGE_OPTIONS, RATE_SOURCES, type RateListParams } from "@/lib/rates/schemas";
import { rateListHref } from "./list-href";

const chip = (active: boolean) =>
  clsx(
    "rounded-full border px-3 py-1 text-xs font-medium",
    active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
  );

/** The source filter and the page size, as links: every view has its own URL and works without script. */
export async function RateToolbar({ params }: { params: RateListParams }) {
  const t = await getTranslations("rates");
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
      <div role="group" aria-label={t("list.filter")} className="flex flex-wrap items-center gap-2" data-testid="rate-source-filter">
        <span className="text-xs text-slate-500">{t("list.filter")}:</span>
        <Link href={rateListHref(params, { source: null, page: 1 })} className={chip(params.source === null)} aria-current={params.source === null ? "page" : undefined}>
          {t("list.all")}
        </Link>
        {RATE_SOURCES.map((s) => (
          <Link key={s} href={rateListHref(params, { source: s, page: 1 })} className={chip(params.source === s)} aria-current={params.source === s ? "page" : undefined}>
            {t(`sources.${s}`)}
          </Link>
        ))}
      </div>
      <div role="group" aria-label={t("list.perPage")} className="flex items-center gap-1 text-xs text-slate-500">
        <span className="mr-1">{t("list.perPage")}:</span>
        {PER_PAGE_OPTIONS.map((n) => (
          <Link
            key={n}
            href={rateListHref(params, { perPage: n, page: 1 })}
            className={clsx("rounded px-2 py-1 tabular-nums", params.perPage === n ? "bg-slate-200 font-semibold text-slate-900" : "hover:bg-slate-100")}
            aria-current={params.perPage === n ? "page" : undefined}
          >
            {n}
          </Link>
        ))}
      </div>
    </div>
  );
}
