import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { makeZone } from "@/lib/projects/test-fixtures";
import { PROGRESS_COLUMNS } from "@/lib/spreadsheet/progress-columns";
import { sheetXlsx } from "./testing/project-sheet";
import { allRows, importFile, previewFile } from "./testing/run-import";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("zone progress import", () => {
  it("adds dated entries with their audit, skips them the second time, and lists bad rows", async () => {
    const staff = await makeUser("STAFF");
    const zone = await makeZone(); // 300 ha
    const rows = [
      { zoneCode: zone.code, reportedOn: day(2025, 3, 31), landClearedHa: 100, landToClearHa: 250, infrastructurePct: 30 },
      { zoneCode: zone.code.toLowerCase(), reportedOn: "30/06/2025", landClearedHa: "120,5", landToClearHa: 250, infrastructurePct: "45,25", note: "Xong đường trục" },
    ];
    const file = await sheetXlsx(PROGRESS_COLUMNS, rows);
    expect((await importFile(staff, "ZONE_PROGRESS", "tien-do.xlsx", file)).counts).toEqual({ create: 2, update: 0, skip: 0, error: 0 });
    const stored = await db.zoneProgressUpdate.findMany({ where: { zoneId: zone.id }, orderBy: { reportedOn: "asc" } });
    expect(stored.map((s) => [s.landClearedHa.toString(), s.infrastructurePct.toString(), s.note])).toEqual([
      ["100", "30", null],
      ["120.5", "45.25", "Xong đường trục"],
    ]);
    expect(await db.auditEvent.count({ where: { entity: "ZoneProgressUpdate", action: "CREATE" } })).toBe(2);
    expect((await importFile(staff, "ZONE_PROGRESS", "tien-do.xlsx", file)).counts).toEqual({ create: 0, update: 0, skip: 2, error: 0 });

    const bad = await sheetXlsx(PROGRESS_COLUMNS, [
      { zoneCode: "KHONG-CO", reportedOn: day(2025, 7, 1), landClearedHa: 1, landToClearHa: 2, infrastructurePct: 3 },
      { zoneCode: zone.code, reportedOn: day(2025, 7, 1), landClearedHa: 10, landToClearHa: 400, infrastructurePct: 120 },
      { zoneCode: zone.code, reportedOn: day(2025, 3, 31), landClearedHa: 101, landToClearHa: 250, infrastructurePct: 30 },
    ]);
    const { id, counts } = await previewFile(staff, "ZONE_PROGRESS", "sai.xlsx", bad);
    expect(counts.error).toBe(3);
    const results = await allRows(staff, id);
    expect(results[0]?.issues).toContainEqual(expect.objectContaining({ column: "zoneCode", key: "imports.errors.zoneUnknown" }));
    expect(results[1]?.issues).toContainEqual(expect.objectContaining({ column: "infrastructurePct", key: "zones.errors.percentOver100" }));
    expect(results[2]?.issues).toContainEqual(expect.objectContaining({ column: "reportedOn", key: "zones.errors.progressDateTaken" }));
  });
});
