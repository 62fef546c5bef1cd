// The seed's command line: `npm run db:seed -- [options]`, see args.ts for the options.
import pg from "pg";
import { parseArgs, USAGE, UsageError } from "./args";
import { parseDay, todayInVietnam } from "./dates";
import { runSeed, seconds, SeedRefused } from "./run";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set: the seed needs a migrated PostgreSQL database (npm run db:deploy).");
    return 2;
  }

  if (args.reset && process.env.NODE_ENV === "production") {
    console.error("Refusing --reset with NODE_ENV=production: it empties every domain table, users and audit trail included.");
    return 1;
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const target = new URL(url);
    console.log(`Seeding ${target.hostname}:${target.port || "5432"}${target.pathname}`);
    const result = await runSeed(client, {
      seed: args.seed,
      today: args.today ? parseDay(args.today) : todayInVietnam(),
      projects: args.projects,
      reset: args.reset,
      ifEmpty: args.ifEmpty,
      log: (line) => console.log(line),
    });
    if (result.status === "skipped") {
      console.log(`The database already has ${result.users} user(s); --if-empty: nothing to do.`);
      return 0;
    }
    const totalMs = result.generateMs + result.writeMs;
    const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString("en");
    console.log(
      `Seeded ${result.rows.toLocaleString("en")} rows in ${seconds(totalMs)} ` +
        `(generate ${seconds(result.generateMs)}, write ${seconds(result.writeMs)}; ` +
        `${rate(result.rows, result.writeMs)} rows/s written, ${rate(result.rows, totalMs)} rows/s overall).`,
    );
    console.log("\nDemo logins:");
    for (const login of result.logins) console.log(`  ${login.role.padEnd(8)} ${login.email.padEnd(20)} ${login.password}   (${login.name})`);
    return 0;
  } catch (error) {
    if (error instanceof SeedRefused) {
      console.error(`Refusing to seed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
