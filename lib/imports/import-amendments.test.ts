import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { makeProject } from "@/lib/projects/test-fixtures";
import { AMENDMENT_COLUMNS } from "@/lib/spreadsheet/amendment-columns";
import { sheetXlsx } from "./testing/project-sheet";
import { allRows, importFile, previewFile } from "./testing/run-import";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("amendments import", () => {
  it("adds amendments through the ledger, skips them on a second import, and refuses a chain below zero", async () => {
    const staff = await makeUser("STAFF");
    const made = await makeProject(staff); // 1.000.000 USD, IRC 10/05/2023
    const project = await db.project.findUniqueOrThrow({ where: { id: made.id } });
    const rows = [
      { projectCode: project.code, number: 1, amendedOn: day(2024, 1, 10), capitalDelta: 250_000, landAreaDeltaHa: 1.5 },
      { projectCode: project.code, number: 2, amendedOn: day(2024, 6, 1), capitalDelta: "-50.000", otherChanges: "Giảm vốn" },
    ];
    const file = await sheetXlsx(AMENDMENT_COLUMNS, rows);
    const first = await importFile(staff, "AMENDMENTS", "dc.xlsx", file);
    expect(first.counts).toEqual({ create: 2, update: 0, skip: 0, error: 0 });
    const stored = await db.amendment.findMany({ where: { projectId: project.id }, orderBy: { number: "asc" } });
    expect(stored.map((a) => [a.capitalBefore.toFixed(2), a.capitalAfter.toFixed(2)])).toEqual([
      ["1000000.00", "1250000.00"],
      ["1250000.00", "1200000.00"],
    ]);
    const p = await db.project.findUniqueOrThrow({ where: { id: project.id } });
    expect(p.currentCapital.toFixed(2)).toBe("1200000.00");
    expect(p.landAreaHa.toString()).toBe("14");
    expect(await db.auditEvent.count({ where: { entity: "Amendment", action: "CREATE" } })).toBe(2);

    const second = await importFile(staff, "AMENDMENTS", "dc.xlsx", file);
    expect(second.counts).toEqual({ create: 0, update: 0, skip: 2, error: 0 });

    const below = await sheetXlsx(AMENDMENT_COLUMNS, [{ projectCode: project.code, number: 3, amendedOn: day(2024, 7, 1), capitalDelta: -5_000_000 }]);
    const { id, counts } = await previewFile(staff, "AMENDMENTS", "am.xlsx", below);
    expect(counts.error).toBe(1);
    expect((await allRows(staff, id))[0]?.issues).toContainEqual(expect.objectContaining({ column: "capitalDelta", key: "projects.errors.capitalBelowZero" }));
  });
});
