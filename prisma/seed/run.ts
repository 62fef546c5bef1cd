import type { ClientBase } from "pg";
import { hashPassword } from "../../lib/auth/password";
import { demoConfig, scaleConfig, type SeedConfig } from "./config";
import { generateDataset } from "./dataset";
import { isoDay, type Day } from "./dates";
import type { UserRow } from "./rows";
import { inspectDatabase, resetDomain, writeDataset } from "./write";

export interface RunOptions {
  seed: number;
  today: Day;
  /** Scale mode with this many projects; null for the demo province. */
  projects: number | null;
  reset: boolean;
  ifEmpty: boolean;
  log: (line: string) => void;
}

export interface Login {
  email: string;
  role: string;
  name: string;
  password: string;
}

export type RunResult =
  | { status: "skipped"; users: number }
  | { status: "seeded"; config: SeedConfig; rows: number; generateMs: number; writeMs: number; logins: Login[] };

/** The database is not in a state the options allow seeding; nothing was changed. */
export class SeedRefused extends Error {}

export async function runSeed(client: ClientBase, options: RunOptions): Promise<RunResult> {
  const { log } = options;
  const state = await inspectDatabase(client);
  if (state.users > 0) {
    if (options.ifEmpty) return { status: "skipped", users: state.users };
    if (!options.reset) {
      throw new SeedRefused(
        `The database already has ${state.users} user(s). Pass --reset to empty every domain table and seed again, or --if-empty to leave it as it is.`,
      );
    }
  } else if (state.nonEmpty.length > 0 && !options.reset) {
    // Users are written last, so data without users is an interrupted seed or hand-entered rows.
    throw new SeedRefused(
      `The database has no users but already has rows in ${state.nonEmpty.join(", ")} (an interrupted seed?). Pass --reset to empty the domain tables first.`,
    );
  }
  if (options.reset && (state.users > 0 || state.nonEmpty.length > 0)) {
    log("Emptying the domain tables (--reset)…");
    await resetDomain(client);
  }

  const config = options.projects === null ? demoConfig() : scaleConfig(options.projects);
  log(`Generating ${config.mode === "demo" ? "the demo province" : `${config.projects.toLocaleString("en")} projects`} (seed ${options.seed}, as of ${isoDay(options.today)})…`);
  const generateStart = performance.now();
  const data = generateDataset(options.seed, options.today, config);
  const users: UserRow[] = await Promise.all(
    data.users.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })),
  );
  const generateMs = performance.now() - generateStart;
  log(`  generated in ${seconds(generateMs)}`);

  const writeStart = performance.now();
  const rows = await writeDataset(client, data, users, (table, count, ms) =>
    log(`  ${table.padEnd(30)} ${count.toLocaleString("en").padStart(9)} rows  ${seconds(ms).padStart(7)}`),
  );
  const writeMs = performance.now() - writeStart;
  return {
    status: "seeded",
    config,
    rows,
    generateMs,
    writeMs,
    logins: data.users.map((u) => ({ email: u.email, role: u.role, name: u.name, password: u.password })),
  };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
