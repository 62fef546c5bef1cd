#!/usr/bin/env node
// The foundation's first promise, checked the way a new user meets it: `npm start` with no
// DATABASE_URL serves the login page, each demo role logs in and sees the shell, and the data
// survives a restart. Run by .ci/run after `npm test` (which leaves a build, so no rebuild here).
import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from "../lib/cli/chromium.mjs";
import { findFreePort } from "../lib/cli/embedded-db.mjs";
import { waitForUrl } from "../lib/cli/wait-for-url.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PASSWORD = "Demo@2026";
const ROLES = { ADMIN: "admin@ipa.local", MANAGER: "manager@ipa.local", STAFF: "staff@ipa.local", VIEWER: "viewer@ipa.local" };
const CHROMIUM = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
const ARGS = ["--headless", ...CHROMIUM_FLAGS];

const dataDir = mkdtempSync(path.join(os.tmpdir(), "ipa-smoke-"));
chmodSync(dataDir, 0o755); // as root, the embedded server runs as `postgres`, which must enter it
const port = await findFreePort();
const pgPort = await findFreePort();
const base = `http://127.0.0.1:${port}`;
const step = (text) => console.log(`smoke: ${text}`);

function startApp() {
  const env = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), IPA_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, ["lib/cli/start.mjs"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout.on("data", (c) => (log += c));
  child.stderr.on("data", (c) => (log += c));
  return { child, log: () => log };
}

async function waitForLogin(app, seconds = 300) {
  try {
    await waitForUrl(`${base}/login`, { seconds, intervalMs: 1000, exited: () => (app.child.exitCode !== null ? "npm start exited early" : null) });
  } catch (e) {
    throw new Error(`${e instanceof Error ? e.message : e}:\n${app.log()}`);
  }
}

async function stopApp(app) {
  process.kill(-app.child.pid, "SIGTERM");
  await new Promise((resolve) => (app.child.exitCode !== null ? resolve() : app.child.on("exit", resolve)));
}

async function login(browser, email, password) {
  const page = await browser.newPage();
  await page.goto(`${base}/login`);
  await page.fill("#email", email);
  await page.fill("#password", password);
  await page.click("button[type=submit]");
  await page.getByTestId("current-user").waitFor({ timeout: 30_000 });
  return page;
}

let app;
let browser;
let failed = false;
try {
  const t0 = Date.now();
  app = startApp();
  await waitForLogin(app);
  step(`login page served after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  if (!app.log().includes("admin@ipa.local")) throw new Error("npm start did not print the demo logins");
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  for (const [role, email] of Object.entries(ROLES)) {
    const page = await login(browser, email, PASSWORD);
    const nav = await page.getByRole("navigation").innerText();
    for (const section of ["Tổng quan", "Dự án", "KCN/CCN", "Kế hoạch", "Báo cáo"]) {
      if (!nav.includes(section)) throw new Error(`${role} does not see ${section}`);
    }
    await page.close();
    step(`${role} logged in and sees the shell`);
  }
  const email = `smoke-${Date.now()}@test.local`;
  const admin = await login(browser, ROLES.ADMIN, PASSWORD);
  await admin.goto(`${base}/admin/users`);
  await admin.fill("#new-email", email);
  await admin.fill("#new-name", "Kiểm tra khởi động lại");
  await admin.fill("#new-password", "Matkhau@2026");
  await admin.getByTestId("create-user-form").getByRole("button").click();
  await admin.getByTestId(`user-row-${email}`).waitFor();
  step(`created ${email}`);

  await stopApp(app);
  step("stopped; starting again on the same data");
  app = startApp();
  await waitForLogin(app);
  if (app.log().includes("Đang build")) throw new Error("the restart rebuilt the app although nothing changed");
  await (await login(browser, email, "Matkhau@2026")).close();
  step("the user created before the restart logs in: data survived");
} catch (e) {
  failed = true;
  console.error(`smoke: FAILED: ${e instanceof Error ? e.message : e}`);
} finally {
  await browser?.close();
  if (app && app.child.exitCode === null) await stopApp(app);
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? "smoke: FAILED" : "smoke: ok");
process.exit(failed ? 1 : 0);
