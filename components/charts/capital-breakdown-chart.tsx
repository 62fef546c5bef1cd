"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatMoney } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { getCapitalByCountry } from "@/lib/reports/trends";
import { COLORS, plotted, singleLineTick } from "./chart-theme";

/** getCapitalByCountry and getCapitalByVsicSection share one result type (CapitalBreakdown). */
const NAME_TICK = singleLineTick();

export type CapitalBreakdownData = Awaited<ReturnType<typeof getCapitalByCountry>>;

/**
 * New + added capital (converted USD) per slice, largest first, as horizontal bars with the
 * amount written at each bar's end. `labels` names each slice key (a country, a VSIC section);
 * `othersLabel`, when given, adds the summed rest as a last grey bar.
 */
export function CapitalBreakdownChart({ data, labels, othersLabel }: { data: CapitalBreakdownData; labels: Record<string, string>; othersLabel?: string }) {
  const locale = resolveLocale(useLocale());
  const rows = data.slices.map((s) => ({ key: s.key, name: labels[s.key] ?? s.key, usd: plotted(s.capital.totalUsd), others: false }));
  if (data.others && othersLabel) rows.push({ key: "others", name: othersLabel, usd: plotted(data.others.capitalUsd), others: true });
  const money = (value: unknown) => (typeof value === "number" ? formatMoney(value, "USD", locale) : "—");
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 272 }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 128, bottom: 0, left: 0 }} barCategoryGap={3}>
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" hide domain={[0, (max: number) => max * 1.15]} />
        <YAxis type="category" dataKey="name" tick={NAME_TICK} tickLine={false} axisLine={false} width={176} interval={0} />
        <Tooltip formatter={(value) => money(value)} />
        <Bar dataKey="usd" name="USD" fill={COLORS.current} isAnimationActive={false}>
          <LabelList dataKey="usd" position="right" formatter={money} style={{ fontSize: 11, fill: COLORS.axis }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
