import { Decimal } from "decimal.js";
import { getLocale, getTranslations } from "next-intl/server";
import { formatArea, formatCount, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { ZoneOccupancy } from "@/lib/reports/zones";

// A half-circle gauge: 0% on the left, 100% on the right. Past 100% the arc is full and red, and
// the excess is said in words (item 6 of the zones issue: the zone page flags an over-full zone).
const R = 80;
const CX = 100;
const CY = 96;
const HALF = Math.PI * R;

function arc(): string {
  return `M ${CX - R} ${CY} A ${R} ${R} 0 0 1 ${CX + R} ${CY}`;
}

export async function OccupancyGauge({ occupancy, overfull }: { occupancy: ZoneOccupancy; overfull: boolean }) {
  const [t, locale] = [await getTranslations("zoneDetail.gauge"), resolveLocale(await getLocale())];
  const ratio = occupancy.occupancy === null ? null : Number(occupancy.occupancy);
  const shown = ratio === null ? 0 : Math.min(1, Math.max(0, ratio));
  const excess = new Decimal(occupancy.leasedHa).minus(occupancy.leasableHa);
  const free = Decimal.max(0, new Decimal(occupancy.leasableHa).minus(occupancy.leasedHa));
  return (
    <div data-testid="occupancy-gauge" data-overfull={overfull ? "true" : "false"}>
      <div className="relative mx-auto w-full max-w-60">
        <svg viewBox="0 0 200 110" role="img" aria-label={`${t("label")}: ${formatPercent(occupancy.occupancy, locale)}`} className="w-full">
          <path d={arc()} fill="none" stroke="currentColor" strokeWidth="16" strokeLinecap="round" className="text-slate-100" />
          {ratio !== null && shown > 0 && (
            <path
              d={arc()}
              fill="none"
              stroke="currentColor"
              strokeWidth="16"
              strokeLinecap="round"
              strokeDasharray={`${shown * HALF} ${HALF}`}
              className={overfull ? "text-red-600" : "text-brand-600"}
            />
          )}
        </svg>
        <p className={`absolute inset-x-0 bottom-1 text-center text-3xl font-semibold tabular-nums ${overfull ? "text-red-700" : "text-slate-900"}`} data-testid="zone-occupancy">
          {formatPercent(occupancy.occupancy, locale)}
        </p>
      </div>
      <dl className="mt-4 space-y-1.5 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-slate-600">{t("leased")}</dt>
          <dd className="font-medium text-slate-900 tabular-nums" data-testid="zone-leased">
            {formatArea(occupancy.leasedHa, locale, 4)}
          </dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-slate-600">{t("leasable")}</dt>
          <dd className="font-medium text-slate-900 tabular-nums" data-testid="zone-leasable">
            {formatArea(occupancy.leasableHa, locale, 4)}
          </dd>
        </div>
        {!overfull && occupancy.occupancy !== null && (
          <div className="flex justify-between gap-4">
            <dt className="text-slate-600">{t("free")}</dt>
            <dd className="text-slate-900 tabular-nums">{formatArea(free, locale, 4)}</dd>
          </div>
        )}
      </dl>
      <p className="mt-3 text-xs text-slate-600" data-testid="zone-active-projects">
        {t("activeProjects", {
          count: formatCount(occupancy.activeSecondary, locale),
          fdi: formatCount(occupancy.activeSecondaryFdi, locale),
          ddi: formatCount(occupancy.activeSecondaryDdi, locale),
        })}
      </p>
      {occupancy.occupancy === null && !overfull && <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">{t("noLeasable")}</p>}
      {overfull && (
        <p role="alert" data-testid="zone-overfull" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("overfull", { excess: formatArea(excess, locale, 4) })}
        </p>
      )}
    </div>
  );
}
