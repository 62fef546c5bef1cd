import type { CurrentUser } from "@/lib/auth/current-user";

export type Scenario = { name: string; target: string; run: () => Promise<unknown> };

const MANAGER: CurrentUser = { id: 0, email: "bench@ipa.local", name: "Bench", role: "MANAGER" };

/** The screens' data functions, called exactly as their pages call them. */
export async function scenarios(): Promise<Scenario[]> {
  const { findProjects } = await import("@/lib/projects/find-projects");
  const { getProject } = await import("@/lib/projects/get-project");
  const { db } = await import("@/lib/db");
  // A project with several amendments, picked the same way every run.
  const rows = await db.$queryRaw<{ projectId: number }[]>`
    SELECT "projectId" FROM "Amendment" GROUP BY "projectId" ORDER BY count(*) DESC, "projectId" LIMIT 1`;
  const detailId = rows[0]?.projectId ?? 1;
  return [
    { name: "projects list, default sort", target: "p95 ≤ 80 ms, ≤ 2× SQL", run: () => findProjects(MANAGER, {}) },
    {
      name: "projects list, 3 filters + text",
      target: "p95 ≤ 80 ms, ≤ 2× SQL",
      run: () => findProjects(MANAGER, { type: "FDI", status: ["ACTIVE"], zone: "KCN", q: "cong ty", sort: "capital", dir: "desc" }),
    },
    { name: "project detail", target: "p95 ≤ 30 ms, ≤ 2× SQL", run: () => getProject(MANAGER, detailId) },
  ];
}
