import { getLocale, getTranslations } from "next-intl/server";
import { formatArea, formatCount, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { ZoneListSummary } from "@/lib/zones/find-zones";

/** Above the zones table: the zones the current filters match, over all pages. */
export async function SummaryStrip({ summary }: { summary: ZoneListSummary }) {
  const [t, locale] = [await getTranslations("zoneList.summary"), resolveLocale(await getLocale())];
  const { occupancy } = summary;
  const over = occupancy.occupancy !== null && Number(occupancy.occupancy) > 1;
  return (
    <section aria-label={t("label")} data-testid="zone-summary" className="mb-4 grid gap-px overflow-hidden rounded-lg border border-slate-200 bg-slate-200 shadow-xs sm:grid-cols-3">
      <div className="bg-white px-4 py-3">
        <p className="text-xs font-medium text-slate-500 uppercase">{t("count")}</p>
        <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="summary-count">
          {formatCount(summary.count, locale)}
        </p>
        <p className="text-xs text-slate-600 tabular-nums" data-testid="summary-by-status">
          {t("byStatus", {
            planned: formatCount(summary.byStatus.PLANNED, locale),
            established: formatCount(summary.byStatus.ESTABLISHED, locale),
            operating: formatCount(summary.byStatus.OPERATING, locale),
          })}
        </p>
      </div>
      <div className="bg-white px-4 py-3">
        <p className="text-xs font-medium text-slate-500 uppercase">{t("totalArea")}</p>
        <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="summary-total-area">
          {formatArea(summary.totalAreaHa, locale)}
        </p>
        <p className="text-xs text-slate-600 tabular-nums">{t("establishedArea", { area: formatArea(summary.establishedAreaHa, locale) })}</p>
      </div>
      <div className="bg-white px-4 py-3">
        <p className="text-xs font-medium text-slate-500 uppercase">{t("occupancy")}</p>
        <p className={`mt-1 text-2xl font-semibold tabular-nums ${over ? "text-red-700" : "text-slate-900"}`} data-testid="summary-occupancy">
          {formatPercent(occupancy.occupancy, locale)}
        </p>
        <p className="text-xs text-slate-600 tabular-nums">
          {occupancy.occupancy === null
            ? t("occupancyNone")
            : t("occupancyDetail", {
                leased: formatArea(occupancy.leasedHa, locale),
                leasable: formatArea(occupancy.leasableHa, locale),
                count: formatCount(occupancy.establishedZones, locale),
              })}
        </p>
      </div>
    </section>
  );
}
