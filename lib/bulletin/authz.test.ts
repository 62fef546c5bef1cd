// Who may generate and who may read bulletins, walked over the whole role table: STAFF and VIEWER
// are refused generation by the data function itself (what a forged server-action POST reaches),
// and every role with reports:read (VIEWER included) lists, downloads and opens the print view.
// The database here is empty, so the allowed generations also show that a bulletin of nothing
// prints without error.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { describePermissionMatrix } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { generateBulletin } from "./generate-bulletin";
import { getBulletinDocument } from "./get-bulletin-document";
import { getBulletinFile } from "./get-bulletin-file";
import { listBulletins } from "./list-bulletins";
import { pdfText } from "./test-read-back";

// Each generation launches Chromium, which takes several seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let kept: number | null = null;

/** One bulletin to read, generated once by a manager. */
async function aBulletin(): Promise<number> {
  kept ??= (await generateBulletin(await makeUser("MANAGER"), { reportDate: "2026-01-31" })).id;
  return kept;
}

const snapshot = async () => ({ bulletins: await db.bulletin.count(), audit: await db.auditEvent.count() });

describePermissionMatrix<number>(
  "bulletins: the permission table",
  [
    { name: "generate a bulletin", permission: "reports:generate", prepare: aBulletin, run: (actor) => generateBulletin(actor, { reportDate: "2026-02-28" }) },
    { name: "list the bulletins", permission: "reports:read", prepare: aBulletin, run: (actor) => listBulletins(actor, { page: 1, perPage: 25 }) },
    { name: "download a PDF", permission: "reports:read", prepare: aBulletin, run: (actor, id) => getBulletinFile(actor, id, "pdf") },
    { name: "download an XLSX", permission: "reports:read", prepare: aBulletin, run: (actor, id) => getBulletinFile(actor, id, "xlsx") },
    { name: "open the print view", permission: "reports:read", prepare: aBulletin, run: (actor, id) => getBulletinDocument(actor, id) },
  ],
  snapshot,
);

describe("a bulletin of an empty database", () => {
  it("prints zeros and empty lists, with no error", async () => {
    const id = await aBulletin();
    const viewer = await makeUser("VIEWER");
    const doc = await getBulletinDocument(viewer, id);
    expect(doc.newProjects).toMatchObject({ rows: [], total: 0 });
    expect(doc.investment.rows.find((r) => r.no === "1.1")?.value).toBe("0");
    const text = pdfText((await getBulletinFile(viewer, id, "pdf")).bytes);
    expect(text).toContain("Không có dự án nào trong kỳ.");
    expect(text).toContain("Trang 1/");
  });

  it("VIEWER sees the kept bulletins in the list, with who generated them", async () => {
    const id = await aBulletin();
    const { data } = await listBulletins(await makeUser("VIEWER"), { page: 1, perPage: 25 });
    expect(data.find((r) => r.id === id)).toMatchObject({ generatedByName: expect.stringContaining("MANAGER") });
  });
});

describe("the list of kept bulletins pages on the server", () => {
  it("newest first, 25 a page by default, with the true count past the end", async () => {
    const manager = await makeUser("MANAGER");
    await db.bulletin.deleteMany();
    // Rows as generateBulletin keeps them; the files' bytes do not matter to the list.
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i));
    await db.bulletin.createMany({
      data: Array.from({ length: 27 }, (_, i) => ({
        reportDate: new Date("2026-01-31T00:00:00Z"),
        generatedAt: at(i),
        generatedById: manager.id,
        generatedByName: `Người lập ${i}`,
        document: {},
        xlsx: new Uint8Array([1]),
        pdf: new Uint8Array([1]),
      })),
    });
    const viewer = await makeUser("VIEWER");
    const first = await listBulletins(viewer, { page: 1, perPage: 25 });
    expect(first).toMatchObject({ count: 27, page: 1, perPage: 25, totalPages: 2 });
    expect(first.data.map((r) => r.generatedByName).slice(0, 2)).toEqual(["Người lập 26", "Người lập 25"]);
    expect(first.data).toHaveLength(25);
    const second = await listBulletins(viewer, { page: 2, perPage: 25 });
    expect(second.data.map((r) => r.generatedByName)).toEqual(["Người lập 1", "Người lập 0"]);
    const past = await listBulletins(viewer, { page: 9, perPage: 25 });
    expect(past).toMatchObject({ data: [], count: 27, totalPages: 2 });
  });
});
