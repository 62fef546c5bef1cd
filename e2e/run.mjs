#!/usr/bin/env node
// `npm run test:e2e`: a fresh database with the demo data, then Playwright against `next start`.
// Uses the server in TEST_DATABASE_URL when set, else an embedded PostgreSQL in a temp folder.
// The build must exist (`npm test` builds first); arguments pass through to `playwright test`.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, databaseUrl, dropDatabase, findFreePort, migrate, startEmbeddedPostgres } from "../lib/cli/embedded-db.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) {
  console.error("Chưa có bản build: chạy `npm run build` trước. / No build found: run `npm run build` first.");
  process.exit(1);
}

let embedded;
let tempDir;
let adminUrl = process.env.TEST_DATABASE_URL;
const dbName = `ipa_e2e_${Date.now()}`;
let code = 1;
try {
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ipa-e2e-pg-"));
    chmodSync(tempDir, 0o755); // as root, the server runs as `postgres`, which must enter the folder
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await findFreePort(), handleSignals: false });
    adminUrl = embedded.adminUrl;
  }
  await createDatabase(adminUrl, dbName);
  const url = databaseUrl(adminUrl, dbName);
  await migrate(url);
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" };
  code = await run(process.execPath, ["--import", "tsx", "prisma/seed/main.ts"], env);
  if (code === 0) {
    code = await run(process.execPath, [path.join(ROOT, "node_modules/@playwright/test/cli.js"), "test", ...process.argv.slice(2)], env);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
} finally {
  if (adminUrl) await dropDatabase(adminUrl, dbName).catch(() => {});
  await embedded?.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
process.exit(code);
