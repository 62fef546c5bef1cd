import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { formatDate, formatNumber } from "@/lib/format";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import type { RateUsed } from "@/lib/rates/convert";

type Props = { source: RateSource; today: Date; todayRate: RateUsed | null };

/** Which convention converts VND to USD (settings.rateSource) and the rate it gives for today. */
export async function RateConvention({ source, today, todayRate }: Props) {
  const [t, locale] = await Promise.all([getTranslations("rates"), getLocale()]);
  const lang = resolveLocale(locale);
  return (
    <Card className="mb-6">
      <h2 className="text-base font-semibold text-slate-900">{t("convention.title")}</h2>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <p className="text-xs font-medium text-slate-500 uppercase">{t("convention.source")}</p>
          <p className="mt-1 text-lg font-semibold text-slate-900" data-testid="rate-convention">
            {t(`sources.${source}`)}
          </p>
          <p className="mt-1 text-sm text-slate-600">{source === "PLAN_YEAR" ? t("convention.planYearRule") : t("convention.latestRule")}</p>
          <p className="mt-1 text-xs text-slate-500">{t("convention.setInSettings")}</p>
        </div>
        <div>
          <p className="text-xs font-medium text-slate-500 uppercase">{t("convention.today", { date: formatDate(today, lang) })}</p>
          {todayRate ? (
            <>
              <p className="mt-1 text-lg font-semibold text-slate-900 tabular-nums" data-testid="rate-today">
                {t("convention.value", { rate: formatNumber(todayRate.rate, lang, { maxDecimals: 4 }) })}
              </p>
              <p className="mt-1 text-sm text-slate-600">
                {t(`sources.${todayRate.source}`)}, {t("convention.since", { date: formatDate(todayRate.effectiveOn, lang) })}
              </p>
            </>
          ) : (
            <p className="mt-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="rate-today-none">
              {t("convention.none")}
            </p>
          )}
        </div>
      </div>
    </Card>
  );
}
