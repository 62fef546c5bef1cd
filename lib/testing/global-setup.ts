import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabase, databaseUrl, dropDatabase, migrate, withClient } from "../cli/db-admin.mjs";
import { findFreePort, startEmbeddedPostgres, type EmbeddedPostgres } from "../cli/embedded-db.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** A superuser URL on the test server (its `postgres` database), for creating databases. */
    testAdminUrl: string;
    /** The migrated, empty database that each test file's database is copied from. */
    testTemplateDb: string;
    /** Every database this run creates starts with it, so teardown can drop them all (and only them). */
    testDbPrefix: string;
  }
}

// Once per `vitest run`: a PostgreSQL server (TEST_DATABASE_URL, else an embedded one in a temp dir)
// and a template database with the migrations applied.
export default async function setup(project: TestProject) {
  let server: EmbeddedPostgres | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ipa-test-pg-"));
    chmodSync(tempDir, 0o755); // the server runs as the `postgres` user when we are root
    server = await startEmbeddedPostgres({ dataDir: path.join(tempDir, "pg"), port: await findFreePort() });
    adminUrl = server.adminUrl;
  }

  const prefix = `ipa_test_${randomBytes(4).toString("hex")}_`;
  const template = `ipa_test_template_${prefix.slice("ipa_test_".length, -1)}`;
  await createDatabase(adminUrl, template);
  await migrate(databaseUrl(adminUrl, template));
  project.provide("testAdminUrl", adminUrl);
  project.provide("testTemplateDb", template);
  project.provide("testDbPrefix", prefix);

  return async function teardown() {
    try {
      if (server) return; // the whole server goes away below
      const leftovers = await withClient(adminUrl, async (c) =>
        (await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])).rows);
      for (const { datname } of leftovers) await dropDatabase(adminUrl, datname);
      await dropDatabase(adminUrl, template);
    } finally {
      await server?.stop();
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  };
}
