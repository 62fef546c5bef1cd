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
    { name: "list the bulletins", permission: "reports:read", prepare: aBulletin, run: (actor) => listBulletins(actor) },
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
    const rows = await listBulletins(await makeUser("VIEWER"));
    expect(rows.find((r) => r.id === id)).toMatchObject({ generatedByName: expect.stringContaining("MANAGER") });
  });
});
