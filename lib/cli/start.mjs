#!/usr/bin/env node
// `npm start` (and `npm run dev` = `--dev`): database, migrations, demo data, build, serve.
// Without DATABASE_URL it runs an embedded PostgreSQL with its data under .data/ (or $IPA_DATA_DIR).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseUrl, ensureDatabase, migrate, startEmbeddedPostgres } from "./embedded-db.mjs";
import { buildStatus, countUsers, dataDirOf, EMBEDDED_DB, explainDatabaseError, loadDotEnv, loadOrCreateSecret, parsePort, recordBuild, say, serverEnv, warn } from "./start-steps.mjs";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEV = process.argv.includes("--dev");

/** @type {import("./embedded-db.mjs").EmbeddedPostgres | undefined} */
let embedded;
/** @type {import("node:child_process").ChildProcess | undefined} */
let child; // the seed, the build or the server, whichever runs now
let stopping = false;

// Signals go to the running child; once it is gone, the embedded database stops and we exit.
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM", "SIGHUP"])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say(`Nhận ${signal}, đang dừng…`, `Received ${signal}, stopping…`);
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else void exit(130);
  });
}

try {
  await main();
} catch (e) {
  if (!stopping) {
    warn("Không khởi động được", "Could not start");
    const hint = explainDatabaseError(e);
    if (hint) console.error(hint);
    console.error(e instanceof Error ? e.message : e);
  }
  await exit(stopping ? 130 : 1);
}

async function main() {
  const env = { ...process.env };
  const dotEnvFiles = loadDotEnv(ROOT, env);
  if (dotEnvFiles.length) say(`Đọc cấu hình từ ${dotEnvFiles.join(", ")}`, `Read settings from ${dotEnvFiles.join(", ")}`);
  const port = parsePort(env.PORT, 3000, "PORT");
  const dataDir = dataDirOf(ROOT, env);
  mkdirSync(dataDir, { recursive: true, mode: 0o755 }); // the embedded server's `postgres` user must pass through
  env.PORT = String(port);
  env.NEXT_TELEMETRY_DISABLED = "1";
  env.NEXTAUTH_URL ||= `http://127.0.0.1:${port}`;
  if (!env.NEXTAUTH_SECRET) {
    const file = path.join(dataDir, "auth-secret");
    const { secret, created } = loadOrCreateSecret(file);
    env.NEXTAUTH_SECRET = secret;
    say(created ? `Đã tạo khoá phiên mới trong ${file}` : `Dùng khoá phiên trong ${file}`,
      created ? `Created a session secret in ${file}` : `Using the session secret in ${file}`);
  }

  await generateClientIfStale(env);

  if (!env.DATABASE_URL) {
    const pgPort = parsePort(env.EMBEDDED_PG_PORT, EMBEDDED_DB.defaultPort, "EMBEDDED_PG_PORT");
    const pgDir = path.join(dataDir, "pg");
    say(`Khởi động PostgreSQL nhúng (${pgDir}, cổng ${pgPort})…`, `Starting embedded PostgreSQL (${pgDir}, port ${pgPort})…`);
    const notice = (/** @type {string} */ message) => console.log(`[ipa] ${message}`);
    embedded = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort, notice, handleSignals: false });
    if (await ensureDatabase(embedded.adminUrl, EMBEDDED_DB.name)) say(`Đã tạo CSDL "${EMBEDDED_DB.name}"`, `Created database "${EMBEDDED_DB.name}"`);
    env.DATABASE_URL = databaseUrl(embedded.adminUrl, EMBEDDED_DB.name);
    say(`PostgreSQL nhúng sẵn sàng tại 127.0.0.1:${pgPort}/${EMBEDDED_DB.name}`, `Embedded PostgreSQL ready at 127.0.0.1:${pgPort}/${EMBEDDED_DB.name}`);
  } else {
    say(`Dùng CSDL từ DATABASE_URL (${redact(env.DATABASE_URL)})`, `Using the database in DATABASE_URL (${redact(env.DATABASE_URL)})`);
  }
  if (stopping) return;

  say("Áp dụng migration…", "Applying migrations…");
  const applied = await migrate(env.DATABASE_URL);
  if (applied.length) say(`Đã áp dụng: ${applied.join(", ")}`, `Applied: ${applied.join(", ")}`);
  else say("CSDL đã ở phiên bản mới nhất", "The database schema is up to date");

  const loginsFile = path.join(dataDir, "demo-logins.txt");
  const wantDemo = embedded !== undefined || env.SEED_DEMO === "1";
  if (wantDemo && (await countUsers(env.DATABASE_URL)) === 0) {
    const output = await seedDemoData(env);
    if (embedded && output !== undefined) writeFileSync(loginsFile, output, { mode: 0o600 });
  }
  if ((await countUsers(env.DATABASE_URL)) === 0) {
    say("CSDL chưa có người dùng nào. Tạo quản trị viên đầu tiên:", "The database has no users yet. Create the first administrator:");
    console.log("      npm run user:create -- --email admin@example.vn --name \"Quản trị\" --role ADMIN");
  }
  if (stopping) return;

  if (DEV) {
    printDemoLogins(embedded ? loginsFile : undefined);
    say(`Chạy máy chủ phát triển trên cổng ${port}…`, `Starting the development server on port ${port}…`);
    return serve(["dev", "-p", String(port), "-H", "0.0.0.0"], env);
  }
  const build = buildStatus(ROOT);
  if (build.needed) {
    say(build.reason === "no-build" ? "Chưa có bản build" : "Mã nguồn đã thay đổi từ lần build trước",
      build.reason === "no-build" ? "No build yet" : "The sources changed since the last build");
    say("Đang build… (khoảng 30 giây)", "Building… (about 30 s)");
    const code = await run(nextBin(), ["build"], env);
    if (stopping) return exit(code);
    if (code !== 0) {
      warn(`Build thất bại (mã ${code})`, `The build failed (exit code ${code})`);
      return exit(code || 1);
    }
    recordBuild(ROOT, build.hash);
    say("Build xong", "Build finished");
  } else {
    say("Bản build hiện có khớp mã nguồn, không build lại", "The existing build matches the sources; not rebuilding");
  }
  printDemoLogins(embedded ? loginsFile : undefined);
  say(`Khởi động ứng dụng: ${env.NEXTAUTH_URL}`, `Starting the app: ${env.NEXTAUTH_URL}`);
  return serve(["start", "-p", String(port), "-H", "0.0.0.0"], serverEnv(env));
}

/** Runs next (start or dev) until it ends, then stops the database and exits with its code. */
async function serve(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  const code = await run(nextBin(), args, env);
  say(`Ứng dụng đã dừng (mã ${code})`, `The app stopped (exit code ${code})`);
  await exit(code);
}

/** The demo data, through the seed as a child process; returns what it printed (the demo logins). */
async function seedDemoData(/** @type {NodeJS.ProcessEnv} */ env) {
  const seed = path.join(ROOT, "prisma/seed/main.ts");
  if (!existsSync(seed)) {
    warn("Chưa có prisma/seed/main.ts, bỏ qua dữ liệu demo", "prisma/seed/main.ts is missing; skipping the demo data");
    return undefined;
  }
  say("Tạo dữ liệu demo…", "Seeding demo data…");
  let output = "";
  const code = await run(process.execPath, ["--import", "tsx", seed, "--if-empty"], env, (chunk) => {
    process.stdout.write(chunk);
    output += chunk;
  });
  if (code !== 0) throw new Error(`Tạo dữ liệu demo thất bại (mã ${code}) / Seeding demo data failed (exit code ${code})`);
  return output;
}

function printDemoLogins(/** @type {string | undefined} */ file) {
  if (!file || !existsSync(file)) return;
  say("Tài khoản demo (lúc tạo dữ liệu):", "Demo logins (as seeded):");
  console.log(readFileSync(file, "utf8").trimEnd());
}

/** `prisma generate` when lib/generated is missing or older than the schema (the seed and the build need it). */
async function generateClientIfStale(/** @type {NodeJS.ProcessEnv} */ env) {
  const client = path.join(ROOT, "lib/generated/prisma/client.ts");
  const schema = path.join(ROOT, "prisma/schema.prisma");
  if (existsSync(client) && statSync(client).mtimeMs >= statSync(schema).mtimeMs) return;
  say("Sinh Prisma Client…", "Generating the Prisma client…");
  const code = await run(process.execPath, [path.join(ROOT, "node_modules/prisma/build/index.js"), "generate"], env);
  if (code !== 0) throw new Error(`prisma generate thất bại / prisma generate failed (exit code ${code})`);
}

function nextBin() {
  const bin = path.join(ROOT, "node_modules/.bin/next");
  if (!existsSync(bin)) throw new Error(`Thiếu ${bin}: chạy "npm ci" / ${bin} is missing: run "npm ci"`);
  return bin;
}

/**
 * Runs a command in the repo root and resolves with its exit code (128 + n when killed by a signal).
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @param {(chunk: string) => void} [onStdout] to capture stdout instead of inheriting it
 * @returns {Promise<number>}
 */
function run(command, args, env, onStdout) {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd: ROOT, env, stdio: ["inherit", onStdout ? "pipe" : "inherit", "inherit"] });
    child = proc;
    proc.stdout?.setEncoding("utf8").on("data", (/** @type {string} */ chunk) => onStdout?.(chunk));
    proc.on("error", reject);
    proc.on("close", (code, signal) => {
      child = undefined;
      resolve(code ?? 128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15));
    });
  });
}

/** Stops the embedded database (after the app) and exits. */
async function exit(/** @type {number} */ code) {
  if (embedded) {
    say("Dừng PostgreSQL nhúng…", "Stopping embedded PostgreSQL…");
    await embedded.stop().catch((e) => warn("Lỗi khi dừng PostgreSQL", `Error stopping PostgreSQL: ${e?.message ?? e}`));
    embedded = undefined;
  }
  process.exit(code);
}

/** A database URL without its password, for the log. */
function redact(/** @type {string} */ url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

