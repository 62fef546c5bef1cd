import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { makeZone } from "@/lib/projects/test-fixtures";
import { ACTUAL_COLUMNS } from "@/lib/spreadsheet/actual-columns";
import { sheetXlsx } from "./testing/project-sheet";
import { allRows, importFile, previewFile } from "./testing/run-import";

describe("monthly actuals import", () => {
  it("creates, skips and updates month figures as the actuals grid saves them, and lists bad rows", async () => {
    const staff = await makeUser("STAFF");
    const zone = await makeZone();
    const rows = [
      { year: 2025, month: 1, indicator: "Kim ngạch xuất khẩu", scope: "Toàn tỉnh", value: 1_250_000.5 },
      { year: 2025, month: 2, indicator: "EXPORT_VALUE", scope: "PROVINCE", value: "2.000.000" },
      { year: 2025, month: 1, indicator: "Jobs", scope: zone.code, value: 350 },
    ];
    const file = await sheetXlsx(ACTUAL_COLUMNS, rows);
    expect((await importFile(staff, "ACTUALS", "thang.xlsx", file)).counts).toEqual({ create: 3, update: 0, skip: 0, error: 0 });
    const stored = await db.indicatorActual.findMany({ orderBy: [{ scopeKey: "asc" }, { month: "asc" }] });
    expect(stored.map((s) => [s.scopeKey, s.indicator, s.month, s.value.toString(), s.isEstimate])).toEqual([
      ["PROVINCE", "EXPORT_VALUE", 1, "1250000.5", true],
      ["PROVINCE", "EXPORT_VALUE", 2, "2000000", true],
      [`ZONE:${zone.id}`, "JOBS", 1, "350", true],
    ]);
    expect(await db.auditEvent.count({ where: { entity: "IndicatorActual", action: "CREATE" } })).toBe(3);

    const edited = rows.map((r, i) => (i === 1 ? { ...r, value: 2_100_000 } : r));
    expect((await importFile(staff, "ACTUALS", "thang-2.xlsx", await sheetXlsx(ACTUAL_COLUMNS, edited))).counts).toEqual({ create: 0, update: 1, skip: 2, error: 0 });
    expect(await db.auditEvent.count({ where: { entity: "IndicatorActual", action: "UPDATE" } })).toBe(1);

    const bad = await sheetXlsx(ACTUAL_COLUMNS, [
      { year: 2025, month: 13, indicator: "EXPORT_VALUE", scope: "PROVINCE", value: 1 },
      { year: 2025, month: 3, indicator: "EXPORT_VALUE", scope: "KCN-KHONG-CO", value: 1 },
      { year: 2025, month: 3, indicator: "JOBS", scope: "PROVINCE", value: "abc" },
    ]);
    const { id, counts } = await previewFile(staff, "ACTUALS", "sai.xlsx", bad);
    expect(counts.error).toBe(3);
    const results = await allRows(staff, id);
    expect(results[1]?.issues).toContainEqual(expect.objectContaining({ column: "scope", key: "imports.errors.zoneUnknown" }));
    expect(results[2]?.issues).toContainEqual(expect.objectContaining({ column: "value" }));
    expect(results[0]?.issues.length).toBeGreaterThan(0);
  });
});
