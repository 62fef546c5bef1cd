import type { Job } from "./jobs";

// "import preview and commit of 10,000 projects": upload (file checks + reading the XLSX), preview
// (validation of every row) and the all-or-nothing commit, timed end to end as the page runs them.
// The imported projects and their audit events are removed afterwards, so that the scale dataset
// keeps its project count.
const ROWS = 10_000;

export function importJobs(): Job[] {
  return [
    {
      name: "import preview and commit of 10,000 projects",
      target: "≤ 15 s",
      run: async () => {
        const { db } = await import("@/lib/db");
        const { projectRow, projectsXlsx } = await import("@/lib/imports/testing/project-sheet");
        const { uploadImport } = await import("@/lib/imports/upload-import");
        const { previewImport } = await import("@/lib/imports/preview-import");
        const { commitImport } = await import("@/lib/imports/commit-import");
        const staff =
          (await db.user.findFirst({ where: { role: "STAFF", active: true }, select: { id: true, email: true, name: true, role: true } })) ??
          (await db.user.create({ data: { email: "bench-staff@ipa.local", name: "Bench", role: "STAFF", passwordHash: "-" }, select: { id: true, email: true, name: true, role: true } }));
        const zones = await db.zone.findMany({ where: { archivedAt: null }, select: { code: true }, take: 20 });
        const tag = `BENCH-${Date.now()}`;
        const rows = Array.from({ length: ROWS }, (_, i) => projectRow({ code: `${tag}-${i}`, ircNumber: `${tag}-IRC-${i}`, zoneCode: zones[i % Math.max(zones.length, 1)]?.code ?? "" }));
        const file = await projectsXlsx(rows);
        const started = performance.now();
        const { id } = await uploadImport(staff, { kind: "PROJECTS", fileName: "bench.xlsx", bytes: file });
        const uploaded = performance.now();
        const job = await db.importJob.findUniqueOrThrow({ where: { id }, select: { mapping: true } });
        await previewImport(staff, { id, mapping: job.mapping as Record<string, number> });
        const previewed = performance.now();
        const { counts } = await commitImport(staff, { id });
        const ended = performance.now();
        await cleanUp(tag, id);
        const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
        const phases = `upload ${s(started, uploaded)}, preview ${s(uploaded, previewed)}, commit ${s(previewed, ended)}`;
        return { ms: ended - started, note: `${counts.create} created (${phases}), ${(file.length / 1024 / 1024).toFixed(1)} MB file` };
      },
    },
  ];
}

async function cleanUp(tag: string, jobId: number) {
  const { db } = await import("@/lib/db");
  // Set-based. The investors the import created stay: deleting them checks Project.leadInvestorId,
  // which has no index, once per investor (minutes at 100,000 projects); the bench counts projects.
  await db.$transaction([
    db.$executeRaw`DELETE FROM "AuditEvent" WHERE (entity = 'Project' AND "entityId" IN (SELECT id::text FROM "Project" WHERE code LIKE ${`${tag}-%`}))
                     OR (entity = 'ImportJob' AND "entityId" = ${String(jobId)})`,
    db.$executeRaw`DELETE FROM "ProjectInvestor" WHERE "projectId" IN (SELECT id FROM "Project" WHERE code LIKE ${`${tag}-%`})`,
    db.$executeRaw`DELETE FROM "Project" WHERE code LIKE ${`${tag}-%`}`,
    db.$executeRaw`DELETE FROM "ImportJob" WHERE id = ${jobId}`,
  ]);
}
