"use client";

import { useLocale } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import { formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { findZones } from "@/lib/zones/find-zones";
import { COLORS, plotted, TICK } from "./chart-theme";

export type ZoneOccupancyRows = Awaited<ReturnType<typeof findZones>>["data"];

const ROW = 22;

/**
 * Occupancy per zone (leased ÷ leasable), one horizontal bar per zone in the given order; a zone
 * over 100% is drawn red, one without leasable land has no bar ("—"). The chart grows with the
 * zones; the caller scrolls it inside a fixed box.
 */
export function OccupancyByZoneChart({ data }: { data: ZoneOccupancyRows }) {
  const locale = resolveLocale(useLocale());
  const rows = data.map((z) => {
    const value = plotted(z.occupancy);
    return { code: z.code, name: `${z.code} · ${z.name}`, value, fill: value !== null && value > 1 ? COLORS.over : z.kind === "KCN" ? COLORS.current : COLORS.capital };
  });
  const height = Math.max(ROW * 3, rows.length * ROW + 8);
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  const pct = (value: unknown) => (typeof value === "number" ? formatPercent(value, locale) : "—");
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 0 }} barCategoryGap={4}>
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" hide domain={[0, max]} />
        <YAxis type="category" dataKey="code" tick={TICK} tickLine={false} axisLine={false} width={64} interval={0} />
        <ReferenceLine x={1} stroke={COLORS.axis} strokeDasharray="3 3" />
        <Tooltip formatter={(value) => pct(value)} labelFormatter={(code) => rows.find((r) => r.code === code)?.name ?? String(code)} />
        <Bar dataKey="value" isAnimationActive={false} shape={(props: BarShapeProps) => <Rectangle {...props} fill={rows[props.index]?.fill ?? COLORS.current} />}>
          <LabelList dataKey="value" position="right" formatter={pct} style={{ fontSize: 11, fill: COLORS.axis }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
