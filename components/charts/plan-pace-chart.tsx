"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount, formatMoney } from "@/lib/format";
import { INDICATOR_UNITS } from "@/lib/plans/schemas";
import { resolveLocale } from "@/lib/i18n/locale";
import type { getPlanPace } from "@/lib/reports/trends";
import { COLORS, LEGEND_PROPS, plotted, singleLineTick, TICK } from "./chart-theme";

export type PlanPaceData = Awaited<ReturnType<typeof getPlanPace>>;

const UNITS = INDICATOR_UNITS;

/** The cumulative actual by month (solid, stops at the last month reported) against the plan pace line (dashed). */
export function PlanPaceChart({ data }: { data: PlanPaceData }) {
  const t = useTranslations("dashboard.charts");
  const locale = resolveLocale(useLocale());
  const unit = UNITS[data.indicator];
  const format = (v: number) => (unit === "job" ? formatCount(v, locale) : formatMoney(v, unit, locale));
  const rows = data.months.map((m) => ({ label: t("monthly.month", { month: m.month }), actual: plotted(m.cumulative), plan: plotted(m.plan) }));
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 272 }}>
      <ComposedChart data={rows} margin={{ top: 12, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={TICK} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
        <YAxis tick={singleLineTick((v) => format(Number(v)))} tickLine={false} axisLine={false} width={128} />
        <Tooltip formatter={(value) => format(typeof value === "number" ? value : Number(value))} />
        <Legend {...LEGEND_PROPS} />
        <Line type="linear" dataKey="plan" name={t("pace.plan")} stroke={COLORS.plan} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="actual" name={t("pace.actual")} stroke={COLORS.current} strokeWidth={2.5} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
