// Run by lib/bench/exports.ts in its own process, so that the export's peak memory is its own:
// exports every project (the list's default view) to XLSX in a file, as the route streams it to a
// socket, and prints { ms, rows, bytes, peakRssMb } as JSON. DATABASE_URL: the bench database.
import { createWriteStream, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

async function main() {
  const { db } = await import("@/lib/db");
  const { writeProjectsXlsx } = await import("@/lib/exports/projects");
  // The audit row needs a real user.
  const user = await db.user.upsert({
    where: { email: "bench-export@ipa.local" },
    update: {},
    create: { email: "bench-export@ipa.local", name: "Bench export", role: "VIEWER", passwordHash: "-" },
    select: { id: true, email: true, name: true, role: true },
  });
  const file = path.join(os.tmpdir(), `ipa-bench-export-${process.pid}.xlsx`);
  const baselineRssMb = process.memoryUsage().rss / 1_048_576;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const rows = await writeProjectsXlsx(user, new URLSearchParams(), "vi", createWriteStream(file));
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const bytes = statSync(file).size;
  rmSync(file);
  await db.$disconnect();
  // maxRSS is in kilobytes. The baseline (Node, the Prisma client, the modules) is reported apart,
  // and the CPU time too: on a shared machine the wall time depends on the neighbours.
  console.log(JSON.stringify({ ms, cpuMs, rows, bytes, baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
