import os from "node:os";
import type { Job } from "./jobs";

// The monthly bulletin for today at full scale (issue 6 §4: ≤ 5 s): figures, both full lists, the
// XLSX, the PDF through Chromium (launched for the job, as the server does) and the insert. The
// bulletin it keeps is deleted afterwards so that runs do not pile files into the bench database.
export function bulletinJobs(): Job[] {
  return [
    {
      name: "bulletin at full scale",
      target: "≤ 5 s",
      run: async () => {
        const [{ db }, { generateBulletin }, { isoDay }, { todayInVietnam }, { printerExecutable }, { env }] = await Promise.all([
          import("@/lib/db"),
          import("@/lib/bulletin/generate-bulletin"),
          import("@/lib/reports/period"),
          import("@/lib/rates/get-rate"),
          import("@/lib/bulletin/pdf"),
          import("@/lib/env"),
        ]);
        const manager = await db.user.findFirst({ where: { role: "MANAGER", active: true }, select: { id: true, email: true, name: true, role: true } });
        if (!manager) throw new Error("the bench database has no active MANAGER (seed it with prisma/seed)");
        const started = performance.now();
        const { id } = await generateBulletin(manager, { reportDate: isoDay(todayInVietnam()) });
        const ms = performance.now() - started;
        const kept = await db.bulletin.findUniqueOrThrow({ where: { id }, select: { document: true } });
        const doc = kept.document as { newProjects: { total: number }; increases: { total: number } };
        await db.$transaction([db.auditEvent.deleteMany({ where: { entity: "Bulletin", entityId: String(id) } }), db.bulletin.delete({ where: { id } })]);
        // The machine's load says how far a shared box's figure is from a quiet one's.
        const load = os.loadavg()[0]?.toFixed(1) ?? "?";
        // The full Chromium costs about twice the shell's CPU (lib/bulletin/pdf.ts): say which printed.
        const printer = printerExecutable(env().CHROMIUM_PATH);
        return { ms, note: `${doc.newProjects.total} new projects and ${doc.increases.total} increases listed; printed by ${printer}; load average ${load} on ${os.cpus().length} CPUs` };
      },
    },
  ];
}
