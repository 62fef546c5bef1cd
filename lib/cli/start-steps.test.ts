import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStatus, loadDotEnv, loadOrCreateSecret, parsePort, recordBuild, serverEnv, sourceHash } from "./start-steps.mjs";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "ipa-start-steps-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (rel: string, content: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
};

describe("sourceHash", () => {
  beforeEach(() => {
    write("app/page.tsx", "export default function Page() {}");
    write("lib/format/money.ts", "export const x = 1;");
    write("next.config.js", "export default {};");
  });

  it("is stable, and changes when a source file changes, appears or is renamed", () => {
    const first = sourceHash(root);
    expect(sourceHash(root)).toBe(first);
    write("lib/format/money.ts", "export const x = 2;");
    const edited = sourceHash(root);
    expect(edited).not.toBe(first);
    write("components/ui/button.tsx", "export {}");
    const added = sourceHash(root);
    expect(added).not.toBe(edited);
    rmSync(path.join(root, "components/ui/button.tsx"));
    write("components/ui/btn.tsx", "export {}");
    expect(sourceHash(root)).not.toBe(added);
  });

  it("ignores generated code, scripts, tests and files outside the build inputs", () => {
    const before = sourceHash(root);
    write("lib/generated/prisma/client.ts", "generated");
    write("lib/cli/start.mjs", "script");
    write("lib/testing/db.ts", "harness");
    write("lib/format/money.test.ts", "test");
    write("e2e/login.spec.ts", "e2e");
    write(".data/pg/PG_VERSION", "17");
    expect(sourceHash(root)).toBe(before);
  });
});

describe("buildStatus", () => {
  it("asks for a build when there is none, none after recording it, and one after an edit", () => {
    write("app/page.tsx", "a");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "no-build" });
    write(".next/BUILD_ID", "x");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "sources-changed" }); // built by hand: unknown sources
    recordBuild(root, buildStatus(root).hash);
    expect(buildStatus(root)).toMatchObject({ needed: false, reason: "up-to-date" });
    write("app/page.tsx", "b");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "sources-changed" });
  });
});

describe("loadOrCreateSecret", () => {
  it("creates a random secret once, readable only by its owner, and reuses it", () => {
    const file = path.join(root, ".data/auth-secret");
    const first = loadOrCreateSecret(file);
    expect(first.created).toBe(true);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecret(file)).toEqual({ secret: first.secret, created: false });
    expect(loadOrCreateSecret(path.join(root, "other/auth-secret")).secret).not.toBe(first.secret);
  });
});

describe("loadDotEnv", () => {
  it("reads .env.local before .env and never overrides the real environment", () => {
    write(".env", "DATABASE_URL=postgresql://from-env-file/ipa\nPORT=4000\nSEED_DEMO=1\n");
    write(".env.local", "PORT=5000\n");
    const env: Record<string, string | undefined> = { SEED_DEMO: "0" };
    expect(loadDotEnv(root, env)).toEqual([".env.local", ".env"]);
    expect(env).toEqual({ DATABASE_URL: "postgresql://from-env-file/ipa", PORT: "5000", SEED_DEMO: "0" });
  });
});

describe("parsePort", () => {
  it("defaults when unset and rejects what is not a port", () => {
    expect(parsePort(undefined, 3000, "PORT")).toBe(3000);
    expect(parsePort("3999", 3000, "PORT")).toBe(3999);
    expect(() => parsePort("80a", 3000, "PORT")).toThrow(/PORT=80a/);
    expect(() => parsePort("70000", 3000, "PORT")).toThrow();
  });
});

describe("serverEnv", () => {
  it("fixes glibc's mmap threshold at 128 KiB, keeps the operator's own value and everything else", () => {
    expect(serverEnv({ PORT: "3000" })).toEqual({ PORT: "3000", MALLOC_MMAP_THRESHOLD_: "131072" });
    expect(serverEnv({ MALLOC_MMAP_THRESHOLD_: "65536" }).MALLOC_MMAP_THRESHOLD_).toBe("65536");
  });
});
