import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, databaseUrl, dropDatabase } from "../cli/db-admin.mjs";

// Runs before each test file's own imports: the file gets a fresh copy of the migrated template as
// DATABASE_URL, so it sees an empty schema and never another file's rows (nor the demo data).
const adminUrl = inject("testAdminUrl");
const name = `${inject("testDbPrefix")}${process.pid}_${randomBytes(3).toString("hex")}`;
await createDatabase(adminUrl, name, { template: inject("testTemplateDb") });
process.env.DATABASE_URL = databaseUrl(adminUrl, name);

afterAll(async () => {
  // lib/db.ts keeps its client here; close its pool so the drop does not cut live connections.
  const holder = globalThis as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  delete holder.prisma;
  await dropDatabase(adminUrl, name);
});
