import { appendFileSync, chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, ensureDatabase, withClient } from "./db-admin.mjs";
import { findFreePort, startEmbeddedPostgres, grantTraversal, type EmbeddedPostgres } from "./embedded-db.mjs";

// Its own server, whatever TEST_DATABASE_URL says: this is what `npm start` runs without DATABASE_URL.
describe("startEmbeddedPostgres", () => {
  let tempDir: string;
  let dataDir: string;
  let server: EmbeddedPostgres | undefined;
  beforeAll(() => {
    tempDir = mkdtempSync(path.join(os.tmpdir(), "ipa-embedded-test-"));
    chmodSync(tempDir, 0o755); // as root, the server runs as the `postgres` user
    dataDir = path.join(tempDir, "pg");
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(tempDir, { recursive: true, force: true });
  });

  it("keeps the data across a stop and a start on the same directory", async () => {
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    expect(await ensureDatabase(server.adminUrl, "ipa")).toBe(true);
    await withClient(databaseUrl(server.adminUrl, "ipa"), async (c) => {
      await c.query("CREATE TABLE note (body text)");
      await c.query("INSERT INTO note VALUES ('còn đây sau khi khởi động lại')");
    });
    await server.stop();
    await expect(withClient(server.adminUrl, (c) => c.query("SELECT 1"))).rejects.toThrow(); // really stopped

    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() }); // another port, same data
    expect(await ensureDatabase(server.adminUrl, "ipa")).toBe(false);
    const rows = await withClient(databaseUrl(server.adminUrl, "ipa"), async (c) => (await c.query("SELECT body FROM note")).rows);
    expect(rows).toEqual([{ body: "còn đây sau khi khởi động lại" }]);
    await server.stop();
  });

  it("starts over a postmaster.pid left by a killed run", async () => {
    writeFileSync(path.join(dataDir, "postmaster.pid"), "999999\n/nowhere\n"); // no such process
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort() });
    expect((await withClient(server.adminUrl, (c) => c.query("SELECT 1 AS ok"))).rows).toEqual([{ ok: 1 }]);
  });

  it("refuses a second server on the same directory while the first runs", async () => {
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toMatchObject({ code: "DATA_DIR_IN_USE" });
    await server?.stop();
  });

  it("says clearly when the port is taken by another program", async () => {
    const blocker = net.createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", resolve));
    try {
      await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toMatchObject({
        code: "PORT_IN_USE",
        message: expect.stringContaining(`Port ${port}`),
      });
    } finally {
      blocker.close();
    }
  });

  it("fails with the server's own words when PostgreSQL exits at start", async () => {
    appendFileSync(path.join(dataDir, "postgresql.auto.conf"), "\nno_such_setting = 1\n");
    await expect(startEmbeddedPostgres({ dataDir, port: await findFreePort() })).rejects.toMatchObject({
      code: "START_FAILED",
      message: expect.stringContaining("no_such_setting"),
    });
  });
});

describe("grantTraversal", () => {
  it.runIf(process.getuid?.() === 0)("lets the postgres user pass through a private folder, adding only o+x, as root", () => {
    const privateDir = mkdtempSync(path.join(os.tmpdir(), "ipa-private-")); // mkdtemp makes it 0700
    try {
      expect(grantTraversal([path.join(privateDir, "app/.data/pg")])).toEqual([privateDir]);
      expect(statSync(privateDir).mode & 0o777).toBe(0o701);
      expect(grantTraversal([path.join(privateDir, "app/.data/pg")])).toEqual([]);
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});
