import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, type ScratchDatabase } from "@/lib/testing/db";
import { runPrismaCli, type CliResult } from "@/lib/testing/prisma-cli";

// The stock Prisma CLI through the wasm schema-engine stand-in (prisma/engine/schema-engine.mjs).
// The stand-in leans on Prisma internals (stdio JSON-RPC, adapter-pg prototypes): a version bump that
// breaks it must fail here, not on a machine without internet.
const SCHEMA = path.join(import.meta.dirname, "../schema.prisma");
const output = (r: CliResult) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;

describe("Prisma CLI offline (wasm schema engine)", () => {
  let db: ScratchDatabase;
  let tempDir: string;
  beforeAll(async () => {
    db = await createScratchDatabase("cli");
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ipa-prisma-cli-"));
  });
  afterAll(async () => {
    await db?.drop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  });

  it("prisma --version names the stand-in as the schema engine", async () => {
    const r = await runPrismaCli(["--version"], db.url);
    expect(r.code, output(r)).toBe(0);
    expect(r.stdout).toMatch(/prisma\s+: 7\.10\.0/);
    expect(r.stdout).toMatch(/Schema Engine\s+: schema-engine-cli \w+ \(at prisma\/engine\/schema-engine\.mjs/);
  });

  it("migrate deploy applies the migrations to an empty database", async () => {
    const r = await runPrismaCli(["migrate", "deploy"], db.url);
    expect(r.code, output(r)).toBe(0);
    expect(r.stdout).toContain("All migrations have been successfully applied");
  });

  it("migrate status then reports the database up to date", async () => {
    const r = await runPrismaCli(["migrate", "status"], db.url);
    expect(r.code, output(r)).toBe(0);
    expect(r.stdout).toContain("Database schema is up to date!");
  });

  it("migrate diff from the migrations to the schema finds no drift (exit 0)", async () => {
    const r = await runPrismaCli(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      db.url,
    );
    expect(r.code, output(r)).toBe(0);
    expect(r.stdout).toContain("No difference detected");
  });

  it("migrate diff against an altered copy of the schema reports drift (exit 2)", async () => {
    const altered = path.join(tempDir, "schema.prisma");
    copyFileSync(SCHEMA, altered);
    writeFileSync(altered, `${readFileSync(altered, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);
    const r = await runPrismaCli(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", altered, "--exit-code"],
      db.url,
    );
    expect(r.code, output(r)).toBe(2);
    expect(r.stdout).toMatch(/Added tables\s+- DriftProbe/);
  });
});
