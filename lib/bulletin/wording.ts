import { formatCount, formatDate, formatNumber, formatPercentValue } from "@/lib/format";
import { loadMessages } from "@/lib/i18n/messages";
import type { RateUsed } from "@/lib/rates/convert";

// The bulletin's words and number formats: Vietnamese always (it is an official document), and
// the dashboard's own wording where the dashboard says the same thing, so that a card and its
// bulletin line read alike.

export const VI = "vi" as const;
export const DASHBOARD = loadMessages(VI).dashboard;

/** "{pct}" placeholders of a message filled in. */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

export const count = (n: number | string | null) => formatCount(n, VI);
export const pct = (p: string | null) => formatPercentValue(p, VI, 1);

/** The dashboard's change wording (components/dashboard/kpi-card.tsx Change), without its arrow. */
export function changeText(pct: string | null): string {
  const { changeNone, changeFlat, changeUp, changeDown } = DASHBOARD.common;
  if (pct === null) return changeNone;
  const value = Number(pct);
  const shown = formatPercentValue(Math.abs(value), VI, 1);
  if (shown === formatPercentValue(0, VI, 1)) return changeFlat;
  return fill(value > 0 ? changeUp : changeDown, { pct: shown });
}

/** "Tỷ giá 26.000 đồng/USD (Tỷ giá trung tâm của NHNN, hiệu lực từ 01/01/2026)", as the dashboard's rate line. */
export function rateNote(rate: RateUsed | null): string {
  if (!rate) return DASHBOARD.common.noRate;
  return fill(DASHBOARD.common.rate, {
    rate: formatNumber(rate.rate, VI, { maxDecimals: 4 }),
    source: loadMessages(VI).settings.rateSources[rate.source],
    date: formatDate(rate.effectiveOn, VI),
  });
}
