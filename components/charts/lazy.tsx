"use client";

import dynamic from "next/dynamic";

// The recharts components, loaded in the browser only, and only on the pages that show them:
// recharts is the heaviest dependency, and the charts' numbers are already written in each
// tile's caption on the server. The placeholder fills the same fixed box, so nothing moves.

function Placeholder() {
  return <div aria-hidden className="h-full w-full animate-pulse rounded bg-slate-50" />;
}

export const LazyMonthlyNewProjectsChart = dynamic(() => import("./monthly-new-projects-chart").then((m) => m.MonthlyNewProjectsChart), { ssr: false, loading: Placeholder });
export const LazyPlanPaceChart = dynamic(() => import("./plan-pace-chart").then((m) => m.PlanPaceChart), { ssr: false, loading: Placeholder });
export const LazyCapitalBreakdownChart = dynamic(() => import("./capital-breakdown-chart").then((m) => m.CapitalBreakdownChart), { ssr: false, loading: Placeholder });
export const LazyOccupancyByZoneChart = dynamic(() => import("./occupancy-by-zone-chart").then((m) => m.OccupancyByZoneChart), { ssr: false, loading: Placeholder });
