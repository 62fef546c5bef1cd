import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { makeUser } from "@/lib/testing/factories";
import { ZONE_COLUMNS } from "@/lib/spreadsheet/zone-columns";
import { commitImport } from "./commit-import";
import { sheetXlsx } from "./testing/project-sheet";
import { allRows, importFile, previewFile } from "./testing/run-import";

const zoneRow = (code: string, overrides: Record<string, string | number | Date> = {}) => ({
  code,
  name: `KCN ${code}`,
  kind: "KCN – khu công nghiệp",
  district: "Huyện Thử",
  status: "Quy hoạch",
  inPlan2030: "Có",
  totalAreaHa: 320.5,
  leasableAreaHa: "210,25",
  infrastructureStatus: "NOT_STARTED",
  ...overrides,
});

describe("zones import", () => {
  it("upserts zones on their code with audit, skips unchanged ones, and leaves board decisions to managers", async () => {
    const staff = await makeUser("STAFF");
    const codes = [`KCN-I-${process.pid}-1`, `CCN-I-${process.pid}-2`];
    const rows = [zoneRow(codes[0]!), zoneRow(codes[1]!, { kind: "CCN", totalAreaHa: 50, leasableAreaHa: 35 })];
    const file = await sheetXlsx(ZONE_COLUMNS, rows);
    expect((await importFile(staff, "ZONES", "kcn.xlsx", file)).counts).toEqual({ create: 2, update: 0, skip: 0, error: 0 });
    const stored = await db.zone.findUniqueOrThrow({ where: { code: codes[0] } });
    expect([stored.kind, stored.status, stored.inPlan2030, stored.leasableAreaHa.toString()]).toEqual(["KCN", "PLANNED", true, "210.25"]);
    expect((await importFile(staff, "ZONES", "kcn.xlsx", file)).counts).toEqual({ create: 0, update: 0, skip: 2, error: 0 });

    const renamed = await sheetXlsx(ZONE_COLUMNS, [zoneRow(codes[0]!, { name: "KCN Đổi tên" }), rows[1]!]);
    expect((await importFile(staff, "ZONES", "kcn-2.xlsx", renamed)).counts).toEqual({ create: 0, update: 1, skip: 1, error: 0 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "Zone", action: "UPDATE", entityId: String(stored.id) } });
    expect(audit.changes).toMatchObject({ name: { to: "KCN Đổi tên" } });

    // STAFF may not record an establishing decision: the import is refused and nothing is written.
    const decided = await sheetXlsx(ZONE_COLUMNS, [
      zoneRow(codes[0]!, { status: "ESTABLISHED", establishingDecisionNo: "123/QĐ-TTg", establishingDecisionDate: new Date(Date.UTC(2024, 0, 5)) }),
    ]);
    const { id } = await previewFile(staff, "ZONES", "qd.xlsx", decided);
    const refused = await commitImport(staff, { id }).then(() => null, (e: unknown) => e);
    expect((refused as AppError).code).toBe("FORBIDDEN");
    expect((await db.zone.findUniqueOrThrow({ where: { code: codes[0] } })).status).toBe("PLANNED");

    const bad = await sheetXlsx(ZONE_COLUMNS, [zoneRow("KCN-X", { totalAreaHa: 10, leasableAreaHa: 20 }), zoneRow("KCN-Y", { kind: "Khu gì đó" })]);
    const preview = await previewFile(staff, "ZONES", "sai.xlsx", bad);
    const results = await allRows(staff, preview.id);
    expect(results[0]?.issues).toContainEqual(expect.objectContaining({ column: "leasableAreaHa", key: "zones.errors.leasableOverTotal" }));
    expect(results[1]?.issues).toContainEqual(expect.objectContaining({ column: "kind", key: "validation.invalid" }));
  });
});
