import { spawn } from "node:child_process";
import path from "node:path";
import { measureServerExport, serverUnavailable, type ServerExportResult } from "./export-server";
import type { Job, JobResult } from "./jobs";

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

const mb = (n: number) => `${n.toFixed(0)} MB`;
const fileMb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB file`;

function serverResult(r: ServerExportResult): JobResult {
  // npm start records what it built from; a build made by hand (or older than the sources) may measure other code.
  const build = r.build === "up-to-date" ? "" : "; the build is not known to match the sources (made by hand, or the sources changed since)";
  const note =
    `next start over HTTP (${r.processes} process${r.processes === 1 ? "" : "es"}): ${r.rows} rows, ${fileMb(r.bytes)}; ` +
    `server RSS started ${mb(r.startedRssMb)}, signed in ${mb(r.signedInRssMb)}, idle before the export ${mb(r.idleRssMb)}, ` +
    `peak ${mb(r.peakRssMb)} (+${mb(r.peakRssMb - r.idleRssMb)}), 2 s after ${mb(r.afterRssMb)}${build}`;
  return { ms: r.ms, peakRssMb: r.peakRssMb, note };
}

async function childResult(databaseUrl: string, why: string): Promise<JobResult> {
  const r = await runChild(databaseUrl);
  const note =
    `NOT the server: ${why}; fell back to a tsx child process writing a file: ${r.rows} rows, ${fileMb(r.bytes)}; ` +
    `CPU ${(r.cpuMs / 1000).toFixed(1)} s; RSS before the export ${mb(r.baselineRssMb)}`;
  return { ms: r.ms, peakRssMb: r.peakRssMb, note };
}

export function exportJobs(): Job[] {
  return [
    {
      name: "XLSX export of 100,000 projects",
      target: "≤ 10 s, peak server RSS ≤ 250 MB",
      // The target is the production server's memory, so that is what is measured when a build
      // exists; without one (or if the server cannot be driven) the child's figure stands in, labelled.
      run: async ({ databaseUrl }) => {
        const unavailable = serverUnavailable();
        if (unavailable) return childResult(databaseUrl, unavailable);
        try {
          return serverResult(await measureServerExport(databaseUrl));
        } catch (e) {
          console.error("bench: the server export could not be measured:", e);
          return childResult(databaseUrl, `the server export failed (${e instanceof Error ? e.message : String(e)})`);
        }
      },
    },
  ];
}
