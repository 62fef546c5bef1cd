import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { findFreePort } from "@/lib/cli/embedded-db.mjs";
import { signIn } from "@/lib/cli/sign-in.mjs";
import { waitForUrl } from "@/lib/cli/wait-for-url.mjs";
import { buildStatus, serverEnv } from "@/lib/cli/start-steps.mjs";
import { processTree, rssMb, sampleRss } from "./process-rss";

// The projects export as users get it: `next start` (the production build) serving
// GET /api/exports/projects?format=xlsx to a signed-in manager over HTTP, with the server's
// resident memory (its whole process tree) sampled every 50 ms before, during and after.

const ROOT = path.resolve(import.meta.dirname, "../..");
const EXPORT_PATH = "/api/exports/projects?format=xlsx";

export type ServerExportResult = {
  ms: number;
  rows: number;
  bytes: number;
  /** The tree's RSS once up, before any request; after sign-in; after a no-row export (the route's modules loaded). */
  startedRssMb: number;
  signedInRssMb: number;
  idleRssMb: number;
  peakRssMb: number;
  /** RSS 2 s after the download ended. */
  afterRssMb: number;
  processes: number;
  /** "up-to-date", or why the build may not be the sources' (then the figure is the build's, not the code's). */
  build: string;
};

/** Why the server measure cannot run here, or null when it can. */
export function serverUnavailable(): string | null {
  if (process.platform !== "linux") return "RSS is read from /proc, Linux only";
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) return "no production build (.next/BUILD_ID); run `npm run build` first";
  return null;
}

export async function measureServerExport(databaseUrl: string): Promise<ServerExportResult> {
  // A build made by hand has no recorded source hash: it is measured, and the note says so.
  const build = buildStatus(ROOT).reason;
  const port = Number(process.env.BENCH_PORT) || (await findFreePort());
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    // As `npm start` serves it (lib/cli/start.mjs), minus the migrations and the build check.
    env: serverEnv({
      ...process.env,
      DATABASE_URL: databaseUrl,
      DB_LOG_QUERIES: "0", // the bench itself listens to queries; the server must not log them
      NODE_ENV: "production" as const,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const pid = server.pid;
    if (pid === undefined) throw new Error("next start did not start");
    await waitForUrl(`${base}/login`, { seconds: 120, intervalMs: 250, exited: () => (server.exitCode !== null ? `next start exited with ${server.exitCode}` : null) });
    const startedRssMb = rssMb(processTree(pid));
    const cookie = await signIn(base, "manager@ipa.local", "Demo@2026", "the bench database needs the demo users");
    await settle();
    const signedInRssMb = rssMb(processTree(pid));
    // One tiny export first, so that the idle figure includes the route's modules (exceljs, pg).
    await download(`${base}${EXPORT_PATH}&q=${encodeURIComponent("no project has this name")}`, cookie);
    await settle();
    const idleRssMb = rssMb(processTree(pid));

    const sampler = sampleRss(pid);
    const started = performance.now();
    const { bytes, rows } = await download(`${base}${EXPORT_PATH}`, cookie);
    const ms = performance.now() - started;
    await new Promise((r) => setTimeout(r, 2_000));
    const { peakMb, lastMb } = sampler.stop();
    return { ms, rows, bytes, startedRssMb, signedInRssMb, idleRssMb, peakRssMb: peakMb, afterRssMb: lastMb, processes: processTree(pid).length, build };
  } finally {
    await stop(server);
  }
}


/** Reads the whole body as a browser would save it, counting bytes without keeping them. */
async function download(url: string, cookie: string): Promise<{ bytes: number; rows: number }> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok || !response.body) throw new Error(`GET ${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return { bytes, rows: Number(response.headers.get("x-total-count") ?? NaN) };
}

/** Lets the server finish its audit write and its collector run, so that "idle" means idle. */
const settle = () => new Promise((r) => setTimeout(r, 3_000));

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
