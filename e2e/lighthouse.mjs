#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (desktop) on the dashboard as a signed-in manager, in Debian's
// Chromium, against `next start` on a fresh demo database. Fails below 95 in performance,
// accessibility or best practices. The build must exist (npm run build).
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from "../lib/cli/chromium.mjs";
import { createDatabase, databaseUrl, dropDatabase, findFreePort, migrate, startEmbeddedPostgres } from "../lib/cli/embedded-db.mjs";
import { signIn } from "../lib/cli/sign-in.mjs";
import { waitForUrl } from "../lib/cli/wait-for-url.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
const FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
const MIN_SCORE = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices"];

const run = (args, env) => new Promise((resolve) => spawn(process.execPath, args, { cwd: ROOT, env, stdio: "inherit" }).on("exit", (c) => resolve(c ?? 1)));


const tempDir = mkdtempSync(path.join(os.tmpdir(), "ipa-lighthouse-"));
chmodSync(tempDir, 0o755);
let embedded;
let server;
let chrome;
let adminUrl = process.env.TEST_DATABASE_URL;
const dbName = `ipa_lighthouse_${Date.now()}`;
let failed = true;
try {
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await findFreePort() });
    adminUrl = embedded.adminUrl;
  }
  await createDatabase(adminUrl, dbName);
  const url = databaseUrl(adminUrl, dbName);
  await migrate(url);
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: base, NEXTAUTH_SECRET: "lighthouse-secret-not-for-production-0123" };
  if ((await run(["--import", "tsx", "prisma/seed/main.ts"], env)) !== 0) throw new Error("seed failed");
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env, stdio: "ignore" });
  await waitForUrl(`${base}/login`);
  const cookie = await signIn(base, "manager@ipa.local", "Demo@2026", "Lighthouse");
  // Warm the server once, as a user's second visit would find it.
  await fetch(`${base}/`, { headers: { cookie } });
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const result = await lighthouse(`${base}/`, { port: chrome.port, output: "html", extraHeaders: { Cookie: cookie }, onlyCategories: CATEGORIES, logLevel: "error" }, desktopConfig);
  const dir = path.join(ROOT, "e2e/artifacts");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "lighthouse-dashboard.html"), result.report);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((result.lhr.categories[c]?.score ?? 0) * 100)]));
  for (const [c, s] of Object.entries(scores)) console.log(`lighthouse: ${c} ${s}${s < MIN_SCORE ? ` (below ${MIN_SCORE})` : ""}`);
  for (const audit of Object.values(result.lhr.audits)) {
    if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative") console.log(`  to improve: ${audit.id} (${audit.displayValue ?? audit.score})`);
  }
  console.log("lighthouse: report in e2e/artifacts/lighthouse-dashboard.html");
  failed = Object.values(scores).some((s) => s < MIN_SCORE);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
} finally {
  await chrome?.kill();
  server?.kill();
  if (adminUrl) await dropDatabase(adminUrl, dbName).catch(() => {});
  await embedded?.stop();
  rmSync(tempDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
