import clsx from "clsx";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatArea, formatDate, formatDateTime, formatMoneyExact, toDecimal, type Currency } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { AmendmentRow } from "@/lib/projects/get-project";
import { Badge, NEUTRAL_TONE } from "./badges";

/**
 * The IRC amendments of a project in ledger order: number, date, capital delta (+/−), capital
 * before → after, land and other changes; corrected rows say so. Writers get a "correct" link.
 */
export async function AmendmentTimeline({
  projectId,
  currency,
  amendments,
  canWrite,
}: {
  projectId: number;
  currency: Currency;
  amendments: AmendmentRow[];
  canWrite: boolean;
}) {
  const [t, locale] = [await getTranslations("projects.amendments"), resolveLocale(await getLocale())];
  if (amendments.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const money = (v: string) => formatMoneyExact(v, currency, locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="amendment-table">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th className="px-3 py-2">{t("number")}</th>
            <th className="px-3 py-2">{t("amendedOn")}</th>
            <th className="px-3 py-2 text-right">{t("capitalDelta")}</th>
            <th className="px-3 py-2">{t("beforeAfter")}</th>
            <th className="px-3 py-2 text-right">{t("landAreaDeltaHa")}</th>
            <th className="px-3 py-2">{t("otherChanges")}</th>
            {canWrite && <th className="px-3 py-2" />}
          </tr>
        </thead>
        <tbody>
          {amendments.map((a) => {
            const delta = toDecimal(a.capitalDelta);
            const sign = delta?.isZero() ? "" : delta?.isNegative() ? "" : "+";
            const land = toDecimal(a.landAreaDeltaHa);
            return (
              <tr key={a.id} className="border-b border-slate-100 align-top" data-testid={`amendment-row-${a.number}`}>
                <td className="px-3 py-2 font-semibold tabular-nums">{a.number}</td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDate(a.amendedOn, locale)}</td>
                <td
                  className={clsx(
                    "px-3 py-2 text-right font-medium whitespace-nowrap tabular-nums",
                    delta?.isZero() ? "text-slate-500" : delta?.isNegative() ? "text-red-700" : "text-emerald-700",
                  )}
                  data-testid="amendment-delta"
                >
                  {delta?.isZero() ? t("none") : `${sign}${money(a.capitalDelta)}`}
                </td>
                <td className="px-3 py-2 whitespace-nowrap tabular-nums" data-testid="amendment-before-after">
                  <span className="block text-slate-500">{money(a.capitalBefore)}</span>{" "}
                  <span className="block font-medium text-slate-900">→ {money(a.capitalAfter)}</span>
                </td>
                <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                  {land && !land.isZero() ? `${land.isNegative() ? "" : "+"}${formatArea(a.landAreaDeltaHa, locale, 4)}` : t("none")}
                </td>
                <td className="min-w-56 px-3 py-2 break-words whitespace-pre-line text-slate-700">
                  {a.otherChanges ?? t("none")}
                  {a.correctedAt && (
                    <span className="mt-1 block">
                      <Badge tone={NEUTRAL_TONE}>{t("corrected", { at: formatDateTime(a.correctedAt, locale) })}</Badge>
                    </span>
                  )}
                </td>
                {canWrite && (
                  <td className="px-3 py-2 text-right whitespace-nowrap">
                    <Link href={`/projects/${projectId}/amendments/${a.id}/edit`} className="text-sm text-brand-700 hover:underline" data-testid={`correct-amendment-${a.number}`}>
                      {t("correct")}
                    </Link>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
