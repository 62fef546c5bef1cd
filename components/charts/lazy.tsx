"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ComponentType } from "react";

// The recharts components, loaded in the browser only, and only on the pages that show them:
// recharts is the heaviest dependency, and the charts' numbers are already written in each
// tile's caption on the server. The placeholder fills the same fixed box, so nothing moves.
// A chart is also not loaded until it scrolls near the viewport: the charts sit below the KPI
// cards, and hydrating recharts on a 2-core office PC would otherwise block the first clicks.

function Placeholder() {
  return <div aria-hidden className="h-full w-full animate-pulse rounded bg-slate-50" />;
}

/** Renders `Chart` once its box comes within 200 px of the viewport; the placeholder until then. */
function whenVisible<P extends object>(Chart: ComponentType<P>) {
  function Visible(props: P) {
    const box = useRef<HTMLDivElement>(null);
    const [near, setNear] = useState(false);
    useEffect(() => {
      const element = box.current;
      if (!element || near) return;
      const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: "200px" });
      observer.observe(element);
      return () => observer.disconnect();
    }, [near]);
    return <div ref={box} className="h-full w-full">{near ? <Chart {...props} /> : <Placeholder />}</div>;
  }
  return Visible;
}

export const LazyMonthlyNewProjectsChart = whenVisible(
  dynamic(() => import("./monthly-new-projects-chart").then((m) => m.MonthlyNewProjectsChart), { ssr: false, loading: Placeholder }),
);
export const LazyPlanPaceChart = whenVisible(dynamic(() => import("./plan-pace-chart").then((m) => m.PlanPaceChart), { ssr: false, loading: Placeholder }));
export const LazyCapitalBreakdownChart = whenVisible(
  dynamic(() => import("./capital-breakdown-chart").then((m) => m.CapitalBreakdownChart), { ssr: false, loading: Placeholder }),
);
export const LazyOccupancyByZoneChart = whenVisible(
  dynamic(() => import("./occupancy-by-zone-chart").then((m) => m.OccupancyByZoneChart), { ssr: false, loading: Placeholder }),
);
