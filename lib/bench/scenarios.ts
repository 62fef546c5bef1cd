import type { CurrentUser } from "@/lib/auth/current-user";

export type Scenario = { name: string; target: string; run: () => Promise<unknown> };

const MANAGER: CurrentUser = { id: 0, email: "bench@ipa.local", name: "Bench", role: "MANAGER" };

/** The screens' data functions, called exactly as their pages call them. */
export async function scenarios(): Promise<Scenario[]> {
  const { findProjects } = await import("@/lib/projects/find-projects");
  const { getProject } = await import("@/lib/projects/get-project");
  const { findZones } = await import("@/lib/zones/find-zones");
  const { getZone } = await import("@/lib/zones/get-zone");
  const { db } = await import("@/lib/db");
  // A project with several amendments, picked the same way every run.
  const rows = await db.$queryRaw<{ projectId: number }[]>`
    SELECT "projectId" FROM "Amendment" GROUP BY "projectId" ORDER BY count(*) DESC, "projectId" LIMIT 1`;
  const detailId = rows[0]?.projectId ?? 1;
  // The zone with the most projects and progress entries: the heaviest zone page.
  const zoneRows = await db.$queryRaw<{ zoneId: number }[]>`
    SELECT "zoneId" FROM "Project" WHERE "zoneId" IS NOT NULL GROUP BY "zoneId" ORDER BY count(*) DESC, "zoneId" LIMIT 1`;
  const zoneId = zoneRows[0]?.zoneId ?? 1;
  return [
    { name: "projects list, default sort", target: "p95 ≤ 80 ms, ≤ 2× SQL", run: () => findProjects(MANAGER, {}) },
    {
      name: "projects list, 3 filters + text",
      target: "p95 ≤ 80 ms, ≤ 2× SQL",
      run: () => findProjects(MANAGER, { type: "FDI", status: ["ACTIVE"], zone: "KCN", q: "cong ty", sort: "capital", dir: "desc" }),
    },
    { name: "project detail", target: "p95 ≤ 30 ms, ≤ 2× SQL", run: () => getProject(MANAGER, detailId) },
    { name: "zones list, default sort", target: "p95 ≤ 60 ms", run: () => findZones(MANAGER, {}) },
    {
      name: "zones list, CCN established, by occupancy",
      target: "p95 ≤ 60 ms",
      run: () => findZones(MANAGER, { kind: "CCN", status: ["ESTABLISHED", "OPERATING"], sort: "occupancy", dir: "desc" }),
    },
    { name: "zones list, text search, by clearance", target: "p95 ≤ 60 ms", run: () => findZones(MANAGER, { q: "phuoc", sort: "clearance", dir: "desc" }) },
    { name: "zone detail (zone, occupancy, progress)", target: "p95 ≤ 60 ms", run: () => getZone(MANAGER, zoneId) },
    { name: "zone detail: its projects table", target: "p95 ≤ 60 ms", run: () => findProjects(MANAGER, { zone: zoneId }) },
    ...(await dashboardScenarios()),
  ];
}

/** The dashboard's figure functions for today's report date: each alone, then all of them as the page runs them. */
async function dashboardScenarios(): Promise<Scenario[]> {
  const { getInvestmentFigures } = await import("@/lib/reports/investment");
  const { getIndicatorFigures } = await import("@/lib/reports/indicators");
  const { getZoneFigures } = await import("@/lib/reports/zones");
  const { getMonthlyNewProjects, getPlanPace, getCapitalByCountry, getCapitalByVsicSection } = await import("@/lib/reports/trends");
  const { todayInVietnam } = await import("@/lib/rates/get-rate");
  const { findZones } = await import("@/lib/zones/find-zones");
  const { OCCUPANCY_CHART_LIMIT } = await import("@/components/dashboard/queries");
  const { db } = await import("@/lib/db");
  // A live database is kept vacuumed by autovacuum; a freshly seeded one is not yet, and the report
  // queries read covering indexes whose index-only scans need the visibility map.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) "Project", "Amendment", "InvestmentEvent", "InvestmentDay", "InvestmentMonth", "ProjectTotal"`);
  const d = todayInVietnam();
  const tiles: [string, () => Promise<unknown>][] = [
    ["dashboard: investment cards", () => getInvestmentFigures(MANAGER, d)],
    ["dashboard: indicator cards", () => getIndicatorFigures(MANAGER, d)],
    ["dashboard: zone cards", () => getZoneFigures(MANAGER, { asOf: d })],
    ["dashboard: monthly new projects", () => getMonthlyNewProjects(MANAGER, d)],
    ["dashboard: production plan pace", () => getPlanPace(MANAGER, d)],
    ["dashboard: capital by country", () => getCapitalByCountry(MANAGER, d)],
    ["dashboard: capital by VSIC section", () => getCapitalByVsicSection(MANAGER, d)],
    // The occupancy chart's call in components/dashboard/queries.ts (establishedZoneOccupancy).
    [
      "dashboard: occupancy by zone",
      () => findZones(MANAGER, { status: ["ESTABLISHED", "OPERATING"], sort: "occupancy", dir: "desc", perPage: OCCUPANCY_CHART_LIMIT }, { asOf: d }),
    ],
  ];
  return [
    ...tiles.map(([name, run]) => ({ name, target: "part of the dashboard", run })),
    { name: "dashboard: all tiles together", target: "p95 ≤ 150 ms, ≤ 1.5× SQL", run: () => Promise.all(tiles.map(([, run]) => run())) },
  ];
}
