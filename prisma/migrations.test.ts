import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrate, withClient } from "@/lib/cli/db-admin.mjs";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/testing/db";

const PRISMA_DIR = import.meta.dirname;

/** Table names prisma/schema.prisma implies: one per model (or its @@map), one per implicit m-n relation. */
function schemaTables(): string[] {
  const schema = readFileSync(path.join(PRISMA_DIR, "schema.prisma"), "utf8");
  const tables = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(
    ([, name, body]) => /@@map\("([^"]+)"\)/.exec(body ?? "")?.[1] ?? name!,
  );
  const listRelations = [...schema.matchAll(/^\s+\w+\s+\w+\[\]\s+@relation\("(\w+)"\)/gm)].map(([, r]) => r!);
  const implicit = new Set(listRelations.filter((r, i) => listRelations.indexOf(r) !== i)); // named on both sides
  return [...tables, ...[...implicit].map((r) => `_${r}`)].sort();
}

const migrationNames = readdirSync(path.join(PRISMA_DIR, "migrations"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let scratch: ScratchDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase("migrations");
});
afterAll(() => scratch?.drop());

it("applies every migration to an empty database and creates every table of the schema", async () => {
  expect(await migrate(scratch.url)).toEqual(migrationNames);

  const tables = await withClient(scratch.url, async (c) =>
    (await c.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )).rows.map((r) => r.table_name));
  const expected = schemaTables();
  expect(expected.length).toBeGreaterThan(5); // the parser found the models
  expect(tables.sort()).toEqual([...expected, "_prisma_migrations"].sort());
});

it("applies nothing the second time, and records each migration once as finished", async () => {
  expect(await migrate(scratch.url)).toEqual([]);
  const rows = await withClient(scratch.url, async (c) =>
    (await c.query<{ migration_name: string; finished: boolean }>(
      "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name",
    )).rows);
  expect(rows).toEqual(migrationNames.map((migration_name) => ({ migration_name, finished: true })));
});
