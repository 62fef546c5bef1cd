import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findProjects } from "@/lib/projects/find-projects";
import { parseProjectListParams } from "@/lib/projects/list-params";
import { amend, makeProject } from "@/lib/projects/test-fixtures";
import { PROJECT_COLUMNS } from "@/lib/spreadsheet/project-columns";
import { makeUser } from "@/lib/testing/factories";
import { writeProjectsXlsx } from "./projects";
import { collect, dataRows, exportFile, notesOf, readWorkbook } from "./test-export";

// The projects sheet read back with exceljs: the same rows as the list for the same URL, real
// numbers and dates, Vietnamese intact, and the notes sheet.

let staff: CurrentUser;
let viewer: CurrentUser;
const col = (key: (typeof PROJECT_COLUMNS)[number]["key"]) => PROJECT_COLUMNS.findIndex((c) => c.key === key) + 1;

beforeAll(async () => {
  staff = await makeUser("STAFF");
  viewer = await makeUser("VIEWER");
  const a = await makeProject(staff, { name: "Nhà máy Điện tử Đông Á", initialCapital: "1.500.000,75", ircFirstIssuedOn: "15/03/2024" });
  await amend(staff, a.id, { number: "1", amendedOn: "01/02/2025", capitalDelta: "499.999,25", landAreaDeltaHa: "0", otherChanges: "" });
  await makeProject(staff, { name: "Nhà máy dệt Phước Hưng", ircFirstIssuedOn: "01/07/2023" });
  await makeProject(staff, { name: "Xưởng cơ khí Thành Công", type: "DDI", currency: "VND", initialCapital: "50.000.000.000", ircFirstIssuedOn: "20/11/2022" }, "VN");
  await makeProject(staff, { name: "Kho lạnh Bình Minh", type: "DDI", currency: "VND", initialCapital: "12.345.678.901", ircFirstIssuedOn: "05/05/2021" }, "VN");
});

describe("projects XLSX export", () => {
  it("has exactly the list's rows, in the list's order, for the same URL", async () => {
    const queries: Record<string, string>[] = [{}, { type: "FDI" }, { type: "DDI", sort: "capital", dir: "asc" }, { q: "nha may", sort: "name" }, { ircFrom: "2023-01-01" }];
    for (const query of queries) {
      const list = await findProjects(viewer, { ...parseProjectListParams(new URLSearchParams(query)), page: 1, perPage: 100 });
      const file = await exportFile(viewer, "projects", query, "xlsx");
      const rows = dataRows(await readWorkbook(file.bytes));
      expect(file.total).toBe(list.count);
      expect(rows).toHaveLength(list.count);
      expect(rows.map((r) => r.getCell(col("code")).value)).toEqual(list.data.map((p) => p.code));
    }
  });

  it("writes numbers as numbers, dates as dates, Vietnamese text intact, headers in the user's language", async () => {
    const file = await exportFile(viewer, "projects", { q: "Đông Á" }, "xlsx");
    const workbook = await readWorkbook(file.bytes);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual([undefined, ...PROJECT_COLUMNS.map((c) => c.vi)]);
    const [row] = dataRows(workbook);
    expect(row?.getCell(col("name")).value).toBe("Nhà máy Điện tử Đông Á");
    expect(row?.getCell(col("initialCapital")).value).toBe(1500000.75);
    expect(row?.getCell(col("currentCapital")).value).toBe(2000000);
    expect(row?.getCell(col("currentCapital")).numFmt).toMatch(/#,##0/);
    expect(row?.getCell(col("landAreaHa")).value).toBe(12.5);
    expect(row?.getCell(col("plannedJobs")).value).toBe(350);
    const issued = row?.getCell(col("ircFirstIssuedOn"));
    expect(issued?.value).toEqual(new Date("2024-03-15T00:00:00Z"));
    expect(issued?.numFmt).toBe("dd/mm/yyyy");
    expect(row?.getCell(col("type")).value).toBe("FDI");
    expect(row?.getCell(col("status")).value).toBe("Đang hoạt động");
    expect(row?.getCell(col("isSecondary")).value).toBe("Có");
    expect(row?.getCell(col("statusDecisionOn")).value).toBeNull();

    const en = await readWorkbook((await exportFile(viewer, "projects", { q: "Đông Á" }, "xlsx", "en")).bytes);
    expect(en.worksheets[0]?.getRow(1).values).toEqual([undefined, ...PROJECT_COLUMNS.map((c) => c.en)]);
    expect(dataRows(en)[0]?.getCell(col("status")).value).toBe("Active");
  });

  it("notes the filters in words, the dates and the user on a second sheet", async () => {
    const workbook = await readWorkbook((await exportFile(viewer, "projects", { type: "DDI", ircFrom: "2022-01-01", ircTo: "2022-12-31", sort: "name", dir: "asc" }, "xlsx")).bytes);
    const notes = notesOf(workbook);
    expect(notes.get("Loại dự án")).toBe("DDI (trong nước)");
    expect(notes.get("Ngày cấp GCNĐKĐT")).toBe("01/01/2022 – 31/12/2022");
    expect(notes.get("Sắp xếp")).toBe("Tên dự án (tăng dần)");
    expect(notes.get("Người xuất")).toContain(viewer.email);
    expect(notes.get("Số dòng")).toBe("1");
    expect(notes.get("Ngày báo cáo")).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(notes.has("Thời điểm xuất")).toBe(true);
  });

  it("audits the export with its view, format, filters and row count", async () => {
    const before = await db.auditEvent.count({ where: { action: "EXPORT" } });
    const { written } = await collect((output) => writeProjectsXlsx(staff, new URLSearchParams({ type: "FDI" }), "vi", output));
    const events = await db.auditEvent.findMany({ where: { action: "EXPORT" }, orderBy: { id: "desc" }, take: 1 });
    expect(await db.auditEvent.count({ where: { action: "EXPORT" } })).toBe(before + 1);
    expect(events[0]).toMatchObject({ actorId: staff.id, entity: "Export", entityId: "projects", meta: { view: "projects", format: "xlsx", rows: written, filters: { type: "FDI" } } });
    expect(written).toBe((await findProjects(viewer, { type: "FDI" })).count);
  });
});

describe("a cancelled download", () => {
  it("stops the export and writes no audit row", async () => {
    const { PassThrough } = await import("node:stream");
    const before = await db.auditEvent.count({ where: { action: "EXPORT" } });
    const output = new PassThrough({ highWaterMark: 16 });
    output.once("data", () => output.destroy()); // the reader goes away after the first bytes
    await expect(writeProjectsXlsx(viewer, new URLSearchParams(), "vi", output)).rejects.toBeInstanceOf(Error);
    expect(await db.auditEvent.count({ where: { action: "EXPORT" } })).toBe(before);
  });
});
