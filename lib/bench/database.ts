import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseUrl, ensureDatabase, findFreePort, migrate, startEmbeddedPostgres } from "@/lib/cli/embedded-db.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type BenchDatabase = { url: string; stop: () => Promise<void> };

/**
 * The benchmark database: BENCH_DATABASE_URL when set, otherwise an embedded PostgreSQL kept
 * under .data/bench-pg so that the generated 100k-project dataset is reused between runs.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
  const dataDir = path.join(ROOT, ".data");
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "bench-pg"), port: await findFreePort(), handleSignals: true });
  await ensureDatabase(server.adminUrl, "ipa_bench");
  return { url: databaseUrl(server.adminUrl, "ipa_bench"), stop: server.stop };
}

async function count(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return (rows[0] as { n: number }).n;
  } finally {
    await client.end();
  }
}

/** Generates the scale dataset unless the database already holds it. */
export async function ensureScaleData(url: string, projects: number): Promise<void> {
  await migrate(url);
  const have = await count(url, "Project");
  if (have === projects) {
    console.log(`bench: reusing ${have} projects, ${await count(url, "Amendment")} amendments`);
    return;
  }
  console.log(`bench: generating ${projects} projects (found ${have})…`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "prisma/seed/main.ts", "--reset", "--projects", String(projects)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("the scale seed failed");
}
