// `npm run bench`: server time of the data functions behind the screens, at scale, with the raw SQL
// they issue timed alone for comparison. Generates (once) or reuses 100,000 projects and ~300,000
// amendments. Usage: npm run bench [-- --projects 100000 --runs 60 --only <part of a name>]
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureScaleData, openBenchDatabase } from "./database";
import { jobs, type JobResult } from "./jobs";
import { time, timeRawSql, type Captured, type Stats } from "./measure";
import { scenarios, type Scenario } from "./scenarios";

function only(): (name: string) => boolean {
  const i = process.argv.indexOf("--only");
  const part = i >= 0 ? process.argv[i + 1]?.toLowerCase() : undefined;
  return (name) => !part || name.toLowerCase().includes(part);
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

type Result = { name: string; target: string; fn: Stats; sql: Stats; statements: number; ratioP50: number; ratioP95: number };

async function main() {
  const projects = arg("projects", 100_000);
  const runs = arg("runs", 60);
  const database = await openBenchDatabase();
  try {
    await ensureScaleData(database.url, projects);
    // Set before lib/db is first imported: the client reads its environment once.
    process.env.DATABASE_URL = database.url;
    process.env.DB_LOG_QUERIES = "1";
    const { db } = await import("@/lib/db");
    let capturing: Captured[] | null = null;
    // The client's type does not know that DB_LOG_QUERIES turned query events on.
    const events = db as unknown as { $on(event: "query", listener: (e: { query: string; params: string }) => void): void };
    events.$on("query", (e) => capturing?.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));

    const results: Result[] = [];
    for (const scenario of (await scenarios()).filter((s) => only()(s.name))) results.push(await measure(scenario, runs, database.url, (c) => (capturing = c)));
    const jobResults: (JobResult & { name: string; target: string })[] = [];
    for (const job of (await jobs()).filter((j) => only()(j.name))) {
      console.log(`bench: ${job.name}…`);
      jobResults.push({ name: job.name, target: job.target, ...(await job.run({ databaseUrl: database.url, projects })) });
    }
    await db.$disconnect();
    report(results, jobResults, projects, runs);
  } finally {
    await database.stop();
  }
}

async function measure(s: Scenario, runs: number, url: string, capture: (into: Captured[] | null) => void): Promise<Result> {
  const statements: Captured[] = [];
  capture(statements);
  await s.run();
  capture(null);
  const fn = await time(s.run, runs);
  const sql = await timeRawSql(url, statements, runs);
  return { name: s.name, target: s.target, fn, sql, statements: statements.length, ratioP50: fn.p50 / sql.p50, ratioP95: fn.p95 / sql.p95 };
}

function report(results: Result[], jobResults: (JobResult & { name: string; target: string })[], projects: number, runs: number) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\nbench: ${projects} projects, ${runs} timed runs each (after 5 warm-up runs)\n`);
  console.log(["scenario", "p50", "p95", "raw SQL p50", "raw SQL p95", "stmts", "ratio p50", "ratio p95", "target"].join(" | "));
  for (const r of results) {
    console.log(
      [r.name, ms(r.fn.p50), ms(r.fn.p95), ms(r.sql.p50), ms(r.sql.p95), r.statements, r.ratioP50.toFixed(2), r.ratioP95.toFixed(2), r.target].join(" | "),
    );
  }
  if (jobResults.length > 0) {
    console.log(`\njobs (one run each)\n`);
    console.log(["job", "time", "peak RSS", "note", "target"].join(" | "));
    for (const j of jobResults) console.log([j.name, ms(j.ms), j.peakRssMb === undefined ? "—" : `${j.peakRssMb.toFixed(0)} MB`, j.note ?? "", j.target].join(" | "));
  }
  const dir = path.resolve(import.meta.dirname, "../../bench-results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "latest.json"), JSON.stringify({ at: new Date().toISOString(), projects, runs, results, jobs: jobResults }, null, 2));
  console.log(`\nbench: results written to bench-results/latest.json`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
