"use client";

import { useLocale, useTranslations } from "next-intl";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatArea, formatDate, formatNumber, formatPercentValue } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { ZoneDetail } from "@/lib/zones/get-zone";

type Point = { date: string; cleared: number; toClear: number; infrastructure: number };

/**
 * The zone's progress over time: land cleared against land to clear (ha, left axis, areas) and
 * infrastructure completion (%, right axis, a line). Numbers are plotted as floats; every label
 * and tooltip shows them through lib/format.
 */
export function ProgressChart({ progress }: { progress: ZoneDetail["progress"] }) {
  const t = useTranslations("zoneDetail.progress");
  const locale = resolveLocale(useLocale());
  const data: Point[] = progress.map((p) => ({
    date: formatDate(p.reportedOn, locale),
    cleared: Number(p.landClearedHa),
    toClear: Number(p.landToClearHa),
    infrastructure: Number(p.infrastructurePct),
  }));
  return (
    <figure data-testid="progress-chart" aria-label={t("chartLabel")} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="date" tick={{ fontSize: 12, fill: "#475569" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} />
          <YAxis
            yAxisId="ha"
            tick={{ fontSize: 12, fill: "#475569" }}
            tickLine={false}
            axisLine={false}
            width={64}
            tickFormatter={(v: number) => formatNumber(v, locale, { maxDecimals: 1 })}
            label={{ value: t("areaAxis"), angle: 0, position: "insideTopLeft", offset: 0, fontSize: 12, fill: "#64748b" }}
          />
          <YAxis
            yAxisId="pct"
            orientation="right"
            domain={[0, 100]}
            tick={{ fontSize: 12, fill: "#475569" }}
            tickLine={false}
            axisLine={false}
            width={44}
            tickFormatter={(v: number) => formatPercentValue(v, locale, 0)}
          />
          <Tooltip
            formatter={(value, name) => {
              const n = typeof value === "number" ? value : Number(value);
              return name === t("infrastructure") ? formatPercentValue(n, locale, 2) : formatArea(n, locale, 2);
            }}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area yAxisId="ha" type="monotone" dataKey="toClear" name={t("toClear")} stroke="#94a3b8" fill="#e2e8f0" fillOpacity={0.6} isAnimationActive={false} />
          <Area yAxisId="ha" type="monotone" dataKey="cleared" name={t("cleared")} stroke="#2563eb" fill="#93c5fd" fillOpacity={0.5} isAnimationActive={false} />
          <Line yAxisId="pct" type="monotone" dataKey="infrastructure" name={t("infrastructure")} stroke="#059669" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
