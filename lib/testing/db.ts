import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { createDatabase, databaseUrl, dropDatabase } from "../cli/db-admin.mjs";

/** The app's Prisma client (lib/db.ts), connected to this test file's own migrated database. */
export function testDb(): typeof db {
  return db;
}

/** This test file's database URL (set by lib/testing/setup-db.ts before the file's imports ran). */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is unset: is lib/testing/setup-db.ts in vitest's setupFiles?");
  return url;
}

/** A superuser URL on the test server, for tests that create databases of their own. */
export function testAdminUrl(): string {
  return inject("testAdminUrl");
}

export type ScratchDatabase = { name: string; url: string; drop: () => Promise<void> };

/**
 * A new EMPTY database (no migrations) on the test server. Drop it when done; the global teardown
 * drops any that are left.
 */
export async function createScratchDatabase(label = "scratch"): Promise<ScratchDatabase> {
  const adminUrl = testAdminUrl();
  const name = `${inject("testDbPrefix")}${label}_${randomBytes(3).toString("hex")}`;
  await createDatabase(adminUrl, name);
  return { name, url: databaseUrl(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
