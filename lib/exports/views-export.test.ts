import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { findAmendments } from "@/lib/amendments/find-amendments";
import { parseAmendmentListParams } from "@/lib/amendments/list-params";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findInvestors } from "@/lib/investors/find-investors";
import { parseInvestorListParams } from "@/lib/investors/list-params";
import { amend, makeInvestor, makeProject } from "@/lib/projects/test-fixtures";
import { describePermissionMatrix } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { findZones } from "@/lib/zones/find-zones";
import { parseZoneListParams } from "@/lib/zones/list-params";
import { makeProgress, makeZone } from "@/lib/zones/test-fixtures";
import { runExport } from "./run-export";
import { collect, dataRows, exportFile, notesOf, readWorkbook } from "./test-export";
import { EXPORT_VIEWS } from "./view";

// The other list views: each file has the list's rows for the same URL, typed cells, and the CSV
// form is safe to open in Excel.

let staff: CurrentUser;
let viewer: CurrentUser;
let zoneId = 0;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const INJECTIONS = ['=HYPERLINK("http://evil.example","bấm vào đây")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)", "-2+3"];

/** CSV text without the BOM, split into records of cells (no cell here holds a newline). */
function csvRecords(bytes: Buffer): string[][] {
  return bytes
    .subarray(3)
    .toString("utf8")
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => line.split(";").map((cell) => (cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell)));
}

beforeAll(async () => {
  staff = await makeUser("STAFF");
  viewer = await makeUser("VIEWER");
  for (const name of INJECTIONS) await makeInvestor({ name, country: "KR" });
  await makeInvestor({ name: "Công ty Cổ phần Đầu tư Phước Lộc", country: "VN", kind: "ORGANIZATION" });
  const zone = await makeZone(staff, { name: "Khu công nghiệp Đồng Văn", totalAreaHa: "300", leasableAreaHa: "210,5" });
  zoneId = zone.id;
  await makeZone(staff, { kind: "CCN", name: "Cụm công nghiệp Hòa Mạc", totalAreaHa: "50", leasableAreaHa: "40" });
  await makeProgress(staff, zoneId, { reportedOn: "31/03/2025", landClearedHa: "120,5", landToClearHa: "250", infrastructurePct: "35,5", note: "Đợt 1" });
  await makeProgress(staff, zoneId, { reportedOn: "30/06/2025", landClearedHa: "200", landToClearHa: "250", infrastructurePct: "60" });
  const usd = await makeProject(staff, { name: "Nhà máy Điện tử Hà Nam", ircFirstIssuedOn: "10/05/2023" });
  await amend(staff, usd.id, { number: "1", amendedOn: "01/02/2025", capitalDelta: "250.000,5", landAreaDeltaHa: "0", otherChanges: "" });
  await amend(staff, usd.id, { number: "2", amendedOn: "01/08/2025", capitalDelta: "-100.000", landAreaDeltaHa: "0", otherChanges: "" });
  const vnd = await makeProject(staff, { name: "Xưởng may Thành Đạt", type: "DDI", currency: "VND", initialCapital: "50.000.000.000" }, "VN");
  await amend(staff, vnd.id, { number: "1", amendedOn: "15/03/2025", capitalDelta: "10.000.000.000", landAreaDeltaHa: "0", otherChanges: "" });
});

describe("CSV", () => {
  it("starts with a BOM, keeps Vietnamese, and neutralises =, +, -, @ at the start of a text cell", async () => {
    const file = await exportFile(viewer, "investors", { sort: "name" }, "csv");
    expect(file.bytes.subarray(0, 3)).toEqual(BOM);
    const records = csvRecords(file.bytes);
    expect(records[0]).toEqual(["Tên nhà đầu tư", "Loại hình", "Quốc gia", "Mã số thuế / Số đăng ký", "Số dự án"]);
    const names = records.slice(1).map((r) => r[0]);
    for (const injection of INJECTIONS) expect(names).toContain(`'${injection}`);
    expect(names).toContain("Công ty Cổ phần Đầu tư Phước Lộc");
    expect(names.every((n) => n !== undefined && !/^[=+\-@]/.test(n))).toBe(true);
    expect(records.length - 1).toBe((await findInvestors(viewer, {})).count);
  });

  it("writes decimals with a decimal comma, negative amounts as numbers, dates as dd/mm/yyyy", async () => {
    const records = csvRecords((await exportFile(viewer, "amendments", { type: "FDI", sort: "amendedOn", dir: "asc" }, "csv")).bytes);
    expect(records.slice(1).map((r) => [r[0], r[6]])).toEqual([
      ["01/02/2025", "250000,5"],
      ["01/08/2025", "-100000"],
    ]);
  });
});

describe("investors XLSX", () => {
  it("has the list's rows for the filters; text cells keep their text as text", async () => {
    const file = await exportFile(viewer, "investors", { country: "KR" }, "xlsx");
    const rows = dataRows(await readWorkbook(file.bytes));
    const list = await findInvestors(viewer, { ...parseInvestorListParams(new URLSearchParams({ country: "KR" })), perPage: 100 });
    expect(rows.map((r) => r.getCell(1).value)).toEqual(list.data.map((i) => i.name));
    expect(rows.every((r) => typeof r.getCell(5).value === "number")).toBe(true);
  });
});

describe("amendments XLSX", () => {
  it("has the list's rows for the filters, with amounts as numbers and dates as dates", async () => {
    const query = { direction: "increase", from: "2025-01-01", to: "2025-12-31" };
    const list = await findAmendments(viewer, parseAmendmentListParams(new URLSearchParams(query)));
    const workbook = await readWorkbook((await exportFile(viewer, "amendments", query, "xlsx")).bytes);
    const rows = dataRows(workbook);
    expect(list.count).toBe(2);
    expect(rows).toHaveLength(list.count);
    expect(rows.map((r) => r.getCell(2).value)).toEqual(list.data.map((a) => a.projectCode));
    const vnd = rows.find((r) => r.getCell(6).value === "VND");
    expect(vnd?.getCell(3).value).toBe("Xưởng may Thành Đạt");
    expect(vnd?.getCell(7).value).toBe(10_000_000_000);
    expect(vnd?.getCell(1).value).toEqual(new Date("2025-03-15T00:00:00Z"));
    expect(notesOf(workbook).get("Chiều điều chỉnh")).toBe("Tăng vốn");
  });
});

describe("zones XLSX", () => {
  it("has the list's rows for the filters, areas as numbers and shares as percentages", async () => {
    const list = await findZones(viewer, parseZoneListParams(new URLSearchParams({ kind: "KCN" })));
    const rows = dataRows(await readWorkbook((await exportFile(viewer, "zones", { kind: "KCN" }, "xlsx")).bytes));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(list.data.map((z) => z.code));
    const zone = rows.find((r) => r.getCell(2).value === "Khu công nghiệp Đồng Văn");
    expect(zone?.getCell(7).value).toBe(210.5);
    expect(zone?.getCell(13).value).toBe(0.8); // latest clearance 200 / 250
    expect(zone?.getCell(13).numFmt).toBe("0.0%");
    expect(zone?.getCell(16).value).toEqual(new Date("2025-06-30T00:00:00Z"));
  });
});

describe("zone progress XLSX", () => {
  it("lists the zone's entries newest first; an unknown zone is NOT_FOUND", async () => {
    const workbook = await readWorkbook((await exportFile(viewer, "zone-progress", { zone: String(zoneId) }, "xlsx")).bytes);
    expect(dataRows(workbook).map((r) => [r.getCell(1).value, r.getCell(2).value, r.getCell(4).value, r.getCell(5).value, r.getCell(6).value])).toEqual([
      [new Date("2025-06-30T00:00:00Z"), 200, 0.8, 0.6, null],
      [new Date("2025-03-31T00:00:00Z"), 120.5, 0.482, 0.355, "Đợt 1"],
    ]);
    const error = await runExport(viewer, "zone-progress", new URLSearchParams({ zone: "999999" }), "xlsx", "vi").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});

describePermissionMatrix(
  "exports: the export functions",
  EXPORT_VIEWS.map((view) => ({
    name: `export ${view}`,
    permission: "exports:run" as const,
    prepare: async (): Promise<Record<string, string>> => (view === "zone-progress" ? { zone: String(zoneId) } : {}),
    run: async (actor: CurrentUser | null, params: Record<string, string>) => {
      const run = await runExport(actor, view, new URLSearchParams(params), "csv", "vi");
      return collect((output) => run.write(output));
    },
  })),
  () => db.auditEvent.count({ where: { action: "EXPORT" } }),
);
