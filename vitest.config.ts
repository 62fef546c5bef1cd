import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Tests run against real PostgreSQL: lib/testing/global-setup.ts provides a server (TEST_DATABASE_URL or an
// embedded one) and a migrated template; lib/testing/setup-db.ts gives each test file its own copy.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "lib/testing/server-only-stub.ts"), // the real one throws outside Next
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**", "e2e/**", ".next/**", ".data/**", "lib/generated/**"],
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-db.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
