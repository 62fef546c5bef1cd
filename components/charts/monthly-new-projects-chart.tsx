"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatMoney } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { getMonthlyNewProjects } from "@/lib/reports/trends";
import { COLORS, LEGEND_PROPS, plotted, singleLineTick, TICK } from "./chart-theme";

export type MonthlyNewProjectsData = Awaited<ReturnType<typeof getMonthlyNewProjects>>;

/**
 * New projects per month, this year (to the report date) against last year: the counts as bars
 * (left axis) and their capital converted to USD as lines (right axis).
 */
export function MonthlyNewProjectsChart({ data }: { data: MonthlyNewProjectsData }) {
  const t = useTranslations("dashboard.charts.monthly");
  const locale = resolveLocale(useLocale());
  const rows = data.months.map((m) => ({
    label: t("month", { month: m.month }),
    current: m.current?.count ?? null,
    previous: m.previous.count,
    capitalCurrent: plotted(m.current?.capital.totalUsd),
    capitalPrevious: plotted(m.previous.capital.totalUsd),
  }));
  const names = {
    current: t("current", { year: data.year }),
    previous: t("previous", { year: data.previousYear }),
    capitalCurrent: t("capitalCurrent", { year: data.year }),
    capitalPrevious: t("capitalPrevious", { year: data.previousYear }),
  };
  const isCapital = (key: unknown) => key === "capitalCurrent" || key === "capitalPrevious";
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 272 }}>
      <ComposedChart data={rows} margin={{ top: 12, right: 4, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
        <YAxis yAxisId="count" allowDecimals={false} tick={TICK} tickLine={false} axisLine={false} width={36} tickFormatter={(v: number) => formatCount(v, locale)} />
        <YAxis yAxisId="usd" orientation="right" tick={singleLineTick((v) => formatMoney(Number(v), "USD", locale), "right")} tickLine={false} axisLine={false} width={120} />
        <Tooltip
          formatter={(value, _name, item) => {
            const n = typeof value === "number" ? value : Number(value);
            return isCapital(item.dataKey) ? formatMoney(n, "USD", locale) : formatCount(n, locale);
          }}
        />
        <Legend {...LEGEND_PROPS} />
        <Bar yAxisId="count" dataKey="previous" name={names.previous} fill={COLORS.previous} isAnimationActive={false} />
        <Bar yAxisId="count" dataKey="current" name={names.current} fill={COLORS.current} isAnimationActive={false} />
        <Line yAxisId="usd" type="linear" dataKey="capitalPrevious" name={names.capitalPrevious} stroke={COLORS.capitalPrevious} strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line yAxisId="usd" type="linear" dataKey="capitalCurrent" name={names.capitalCurrent} stroke={COLORS.capital} strokeWidth={2} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
