import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { dataRows, exportFile, readWorkbook } from "@/lib/exports/test-export";
import { amend, makeProject, makeZone } from "@/lib/projects/test-fixtures";
import { PROJECT_COLUMNS } from "@/lib/spreadsheet/project-columns";
import { makeUser } from "@/lib/testing/factories";
import { importFile } from "./testing/run-import";

// The round trip of issue 6: the projects list exported to XLSX imports back unchanged, and one
// edited cell updates exactly one project, with its audit event. The file is the real export,
// not one built for the test, so a column the export writes and the import misreads fails here.

let staff: CurrentUser;
let codes: string[];
const col = (key: (typeof PROJECT_COLUMNS)[number]["key"]) => PROJECT_COLUMNS.findIndex((c) => c.key === key) + 1;

beforeAll(async () => {
  staff = await makeUser("STAFF");
  const zone = await makeZone({ name: "KCN Bình Minh – Đông Nam" });
  const a = await makeProject(staff, { name: "Nhà máy Điện tử Đông Á", initialCapital: "1.500.000,75", zoneId: String(zone.id), landAreaHa: "12,3456" });
  await amend(staff, a.id, { number: "1", amendedOn: "01/02/2025", capitalDelta: "499.999,25", landAreaDeltaHa: "0", otherChanges: "" });
  await amend(staff, a.id, { number: "2", amendedOn: "01/03/2025", capitalDelta: "-100.000", landAreaDeltaHa: "0", otherChanges: "" });
  const b = await makeProject(staff, { name: "Xưởng cơ khí Thành Công", type: "DDI", currency: "VND", initialCapital: "50.000.000.000", isSecondary: "false" }, "VN");
  const c = await makeProject(staff, { name: "Kho lạnh \"Sông Hồng\" & Cộng sự", status: "SUSPENDED", statusDecisionNo: "12/QĐ-BQL", statusDecisionOn: "01/06/2025" });
  const stored = await db.project.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, orderBy: { id: "asc" }, select: { code: true } });
  codes = stored.map((p) => p.code);
});

async function exported(locale: "vi" | "en"): Promise<Buffer> {
  const file = await exportFile(staff, "projects", {}, "xlsx", locale);
  expect(file.total).toBe(codes.length);
  return file.bytes;
}

describe("export → import round trip", () => {
  for (const locale of ["vi", "en"] as const) {
    it(`re-importing the exported list (${locale}) creates and updates nothing`, async () => {
      const before = await db.project.findMany({ orderBy: { id: "asc" } });
      const result = await importFile(staff, "PROJECTS", `du-an-${locale}.xlsx`, await exported(locale));
      expect(result.counts).toEqual({ create: 0, update: 0, skip: codes.length, error: 0 });
      expect(await db.project.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    });
  }

  it("one edited cell in the exported file updates exactly that project, with an audit event", async () => {
    const workbook = await readWorkbook(await exported("vi"));
    const row = dataRows(workbook).find((r) => r.getCell(col("code")).value === codes[1]);
    if (!row) throw new Error("the exported file lacks a project");
    row.getCell(col("name")).value = "Xưởng cơ khí Thành Công (mở rộng)";
    const edited = Buffer.from(await (workbook as ExcelJS.Workbook).xlsx.writeBuffer());

    const result = await importFile(staff, "PROJECTS", "du-an-sua.xlsx", edited);
    expect(result.counts).toEqual({ create: 0, update: 1, skip: codes.length - 1, error: 0 });
    const project = await db.project.findUniqueOrThrow({ where: { code: codes[1] } });
    expect(project.name).toBe("Xưởng cơ khí Thành Công (mở rộng)");
    const updates = await db.auditEvent.findMany({ where: { entity: "Project", action: "UPDATE" } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ entityId: String(project.id), actorId: staff.id, changes: { name: { from: "Xưởng cơ khí Thành Công", to: "Xưởng cơ khí Thành Công (mở rộng)" } } });
  });
});
