import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from "./lib/cli/chromium.mjs";

// Debian's Chromium (lib/cli/chromium.mjs says why), its wrapper as a last resort.
const CHROMIUM = process.env.CHROMIUM_PATH ?? (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : "/usr/bin/chromium");
const PORT = Number(process.env.E2E_PORT ?? 3100);
// 127.0.0.1, not localhost: /etc/hosts here has no "::1 localhost".
const BASE_URL = `http://127.0.0.1:${PORT}`;

if (!process.env.DATABASE_URL) throw new Error("Run the e2e tests with `npm run test:e2e`, which prepares a test database.");
const dbHost = new URL(process.env.DATABASE_URL).hostname;
if (!["127.0.0.1", "localhost", "::1"].includes(dbHost)) throw new Error(`E2E refuses a non-local database (${dbHost}).`);

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time, next start uses the other
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      args: ["--headless", ...CHROMIUM_FLAGS],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "e2e", testMatch: /.*\.spec\.ts/, dependencies: ["setup"] },
  ],
  webServer: {
    // The build must exist already (npm test runs next build first); this only serves it.
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `${BASE_URL}/login`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
      DATABASE_URL: process.env.DATABASE_URL,
    },
  },
});
