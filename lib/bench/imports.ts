import type { Job } from "./jobs";

// "import preview and commit of 10,000 projects": upload (file checks + reading the XLSX), preview
// (validation of every row) and the all-or-nothing commit, timed end to end as the page runs them.
// The imported projects, their investors and audit events are removed afterwards, so that the scale
// dataset stays as generated.
const ROWS = 10_000;

export function importJobs(): Job[] {
  return [
    {
      name: "import preview and commit of 10,000 projects",
      target: "≤ 15 s",
      run: async () => {
        const { db } = await import("@/lib/db");
        const { projectRow, projectsXlsx } = await import("@/lib/imports/testing/project-sheet");
        const { importFile } = await import("@/lib/imports/testing/run-import");
        const staff =
          (await db.user.findFirst({ where: { role: "STAFF", active: true }, select: { id: true, email: true, name: true, role: true } })) ??
          (await db.user.create({ data: { email: "bench-staff@ipa.local", name: "Bench", role: "STAFF", passwordHash: "-" }, select: { id: true, email: true, name: true, role: true } }));
        const zones = await db.zone.findMany({ where: { archivedAt: null }, select: { code: true }, take: 20 });
        const tag = `BENCH-${Date.now()}`;
        const rows = Array.from({ length: ROWS }, (_, i) => projectRow({ code: `${tag}-${i}`, ircNumber: `${tag}-IRC-${i}`, zoneCode: zones[i % Math.max(zones.length, 1)]?.code ?? "" }));
        const file = await projectsXlsx(rows);
        const started = performance.now();
        const result = await importFile(staff, "PROJECTS", "bench.xlsx", file);
        const ms = performance.now() - started;
        await cleanUp(tag, result.id);
        return { ms, note: `${result.counts.create} created, ${(file.length / 1024 / 1024).toFixed(1)} MB file` };
      },
    },
  ];
}

async function cleanUp(tag: string, jobId: number) {
  const { db } = await import("@/lib/db");
  const projects = await db.project.findMany({ where: { code: { startsWith: tag } }, select: { id: true, leadInvestorId: true } });
  const ids = projects.map((p) => p.id);
  await db.$transaction([
    db.auditEvent.deleteMany({ where: { OR: [{ entity: "Project", entityId: { in: ids.map(String) } }, { entity: "ImportJob", entityId: String(jobId) }] } }),
    db.projectInvestor.deleteMany({ where: { projectId: { in: ids } } }),
    db.project.deleteMany({ where: { id: { in: ids } } }),
    db.investor.deleteMany({ where: { id: { in: projects.map((p) => p.leadInvestorId) }, ledProjects: { none: {} }, projects: { none: {} } } }),
    db.importJob.delete({ where: { id: jobId } }),
  ]);
}
