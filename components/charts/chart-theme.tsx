// Colours and axis styles shared by the dashboard charts (Tailwind's palette, AA on white).
import type { YAxisTickContentProps } from "recharts";
export const COLORS = {
  current: "#1d4ed8",
  previous: "#94a3b8",
  capital: "#047857",
  capitalPrevious: "#34d399",
  plan: "#b45309",
  over: "#b91c1c",
  grid: "#e2e8f0",
  axis: "#475569",
} as const;

export const TICK = { fontSize: 12, fill: COLORS.axis } as const;

/** A decimal string from lib/reports as a plotted number (display always goes through lib/format). */
export function plotted(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Legend entries in dark text (recharts colours them like their series, too pale for AA). */
export const LEGEND_PROPS = {
  wrapperStyle: { fontSize: 12 },
  formatter: (value: unknown) => <span style={{ color: "#334155" }}>{String(value)}</span>,
};

/**
 * A Y-axis tick on one line, ending at the axis (recharts' own tick wraps long labels onto lines
 * that overlap their neighbours). `format` writes the value; the caller keeps labels short.
 */
export function singleLineTick(format: (value: unknown) => string = String, side: "left" | "right" = "left") {
  function SingleLineTick({ x, y, payload }: YAxisTickContentProps) {
    return (
      <text x={Number(x) + (side === "left" ? -6 : 6)} y={Number(y)} dy="0.32em" textAnchor={side === "left" ? "end" : "start"} fontSize={TICK.fontSize} fill={TICK.fill}>
        {format(payload.value)}
      </text>
    );
  }
  return SingleLineTick;
}
