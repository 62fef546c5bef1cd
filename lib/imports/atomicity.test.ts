import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { projectRow, projectsXlsx } from "./testing/project-sheet";
import { commitImport } from "./commit-import";
import { getImport } from "./get-import";
import { previewFile } from "./testing/run-import";

// Atomicity: the process committing 10,000 rows is killed (SIGKILL, no cleanup) while it commits;
// afterwards the database holds none of the file's projects or investors, and the job is not
// marked committed; once the commit is certainly over, the job is given back and commits whole.
const ROOT = path.resolve(import.meta.dirname, "../..");
const ROWS = 10_000;

describe("import atomicity", () => {
  it("leaves nothing behind when the committing process is killed mid-commit", { timeout: 180_000 }, async () => {
    const staff = await makeUser("STAFF");
    const rows = Array.from({ length: ROWS }, () => projectRow());
    const { id, counts } = await previewFile(staff, "PROJECTS", "lon.xlsx", await projectsXlsx(rows));
    expect(counts.create).toBe(ROWS);

    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/imports/testing/commit-child.ts", String(id), String(staff.id)], {
      cwd: ROOT,
      env: { ...process.env },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let seen = { status: "", done: 0 };
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const job = await db.importJob.findUniqueOrThrow({ where: { id }, select: { status: true, done: true } });
      seen = job;
      if (job.status === "COMMITTING" && job.done > 0) break;
      if (job.status === "COMMITTED") break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    await exited;
    // Killed in the middle: rows written, progress shown, not committed.
    expect(seen.status).toBe("COMMITTING");
    expect(seen.done).toBeGreaterThan(0);
    expect(seen.done).toBeLessThan(ROWS);

    // PostgreSQL rolls back the dead connection's transaction; nothing of the file is visible, ever.
    expect(await db.project.count({ where: { code: { in: rows.map((r) => String(r.code)) } } })).toBe(0);
    expect(await db.investor.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: { in: ["IMPORT", "CREATE"] } } })).toBe(0);
    expect((await db.importJob.findUniqueOrThrow({ where: { id } })).status).not.toBe("COMMITTED");

    // The job stays claimed while a commit could still be running; once no transaction can be (its
    // last write older than the transaction's limit), opening it gives it back with a message, and
    // the same file commits whole.
    expect((await getImport(staff, { id, progressOnly: true })).status).toBe("COMMITTING");
    await db.$executeRaw`UPDATE "ImportJob" SET "updatedAt" = now() - interval '12 minutes' WHERE id = ${id}`;
    expect(await getImport(staff, { id, progressOnly: true })).toMatchObject({ status: "READY", failure: "imports.errors.interrupted" });
    expect((await commitImport(staff, { id })).counts).toMatchObject({ create: ROWS, error: 0 });
    expect(await db.project.count({ where: { code: { in: rows.map((r) => String(r.code)) } } })).toBe(ROWS);
  });
});
