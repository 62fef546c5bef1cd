import { spawn } from "node:child_process";
import path from "node:path";
import type { Job } from "./jobs";

const ROOT = path.resolve(import.meta.dirname, "../..");

type ChildResult = { ms: number; cpuMs: number; rows: number; bytes: number; baselineRssMb: number; peakRssMb: number };

/** Runs lib/bench/export-child.ts in a fresh Node process and reads its one-line JSON report. */
function runChild(databaseUrl: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/bench/export-child.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, DB_LOG_QUERIES: "0" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) return reject(new Error(`export child exited with ${code}`));
      resolve(JSON.parse(line) as ChildResult);
    });
  });
}

export function exportJobs(): Job[] {
  return [
    {
      name: "XLSX export of 100,000 projects",
      target: "≤ 10 s, peak RSS ≤ 250 MB",
      run: async ({ databaseUrl }) => {
        const r = await runChild(databaseUrl);
        const note = `${r.rows} rows, ${(r.bytes / 1_048_576).toFixed(1)} MB file; CPU ${(r.cpuMs / 1000).toFixed(1)} s; RSS before the export ${r.baselineRssMb.toFixed(0)} MB`;
        return { ms: r.ms, peakRssMb: r.peakRssMb, note };
      },
    },
  ];
}
