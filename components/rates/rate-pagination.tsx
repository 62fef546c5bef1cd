import clsx from "clsx";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { RatePage } from "@/lib/rates/list-rates";
import type { RateListParams } from "@/lib/rates/schemas";
import { rateListHref } from "./list-href";

const linkClass = (enabled: boolean) =>
  clsx(
    "rounded-md border px-3 py-1.5 text-sm",
    enabled ? "border-slate-300 bg-white text-slate-800 hover:bg-slate-50" : "pointer-events-none border-slate-200 text-slate-400",
  );

export async function RatePagination({ page, params }: { page: RatePage; params: RateListParams }) {
  const [t, locale] = await Promise.all([getTranslations("rates.list"), getLocale()]);
  const lang = resolveLocale(locale);
  const from = page.count === 0 ? 0 : (page.page - 1) * page.perPage + 1;
  const to = Math.min(page.count, page.page * page.perPage);
  const hasPrevious = page.page > 1;
  const hasNext = page.page < page.totalPages;
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm">
      <p className="text-slate-600" data-testid="rates-range">
        {t("range", { from: formatCount(from, lang), to: formatCount(to, lang), count: formatCount(page.count, lang) })}
      </p>
      <div className="flex items-center gap-2">
        <Link
          href={rateListHref(params, { page: page.page - 1 })}
          className={linkClass(hasPrevious)}
          aria-disabled={!hasPrevious}
          tabIndex={hasPrevious ? undefined : -1}
          rel="prev"
        >
          {t("previous")}
        </Link>
        <span className="text-slate-600 tabular-nums">{t("page", { page: page.page, total: page.totalPages })}</span>
        <Link
          href={rateListHref(params, { page: page.page + 1 })}
          className={linkClass(hasNext)}
          aria-disabled={!hasNext}
          tabIndex={hasNext ? undefined : -1}
          rel="next"
          data-testid="rates-next"
        >
          {t("next")}
        </Link>
      </div>
    </nav>
  );
}
