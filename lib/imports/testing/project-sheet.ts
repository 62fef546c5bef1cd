import ExcelJS from "exceljs";
import { BOOLEAN_LABELS, PROJECT_COLUMNS, type ProjectColumnKey } from "@/lib/spreadsheet/project-columns";
import type { SheetColumn } from "@/lib/spreadsheet/project-columns";

// Test files built the way the projects export writes them: PROJECT_COLUMNS' headers in Vietnamese,
// enum cells as the vi label, booleans "Có"/"Không", dates as dates, amounts as numbers.

export type SheetValue = string | number | boolean | Date | null;
export type ProjectSheetRow = Partial<Record<ProjectColumnKey, SheetValue>>;

let seq = 0;

/** A valid row: an FDI project in USD led by a Korean investor (created on first import). */
export function projectRow(overrides: ProjectSheetRow = {}): ProjectSheetRow {
  seq += 1;
  const n = `${process.pid}-${seq}`;
  return {
    code: `IMP-${n}`,
    ircNumber: `IRC-IMP-${n}`,
    ircFirstIssuedOn: new Date(Date.UTC(2024, 2, 15)),
    ircIssuingAgency: "Ban Quản lý các KCN tỉnh",
    name: `Nhà máy nhập từ tệp ${n}`,
    type: "FDI",
    leadInvestorName: `Công ty TNHH Hàn Quốc ${n}`,
    leadInvestorCountry: "KR",
    leadInvestorIdentifier: `KR-${n}`,
    investorException: "",
    zoneCode: "",
    isSecondary: true,
    vsicCode: "C2610",
    currency: "USD",
    initialCapital: 1_500_000.5,
    currentCapital: 1_500_000.5,
    landAreaHa: 2.25,
    plannedJobs: 120,
    status: "Đang hoạt động",
    statusDecisionNo: "",
    statusDecisionOn: null,
    ...overrides,
  };
}

function cellValue(column: SheetColumn, value: SheetValue | undefined): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (column.kind === "boolean" && typeof value === "boolean") return value ? BOOLEAN_LABELS.vi.true : BOOLEAN_LABELS.vi.false;
  return value;
}

export async function sheetXlsx(columns: readonly SheetColumn[], rows: Record<string, SheetValue | undefined>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Dự án");
  sheet.addRow(columns.map((c) => c.vi));
  for (const row of rows) sheet.addRow(columns.map((c) => cellValue(c, row[c.key])));
  for (const [i, c] of columns.entries()) if (c.kind === "date") sheet.getColumn(i + 1).numFmt = "dd/mm/yyyy";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const projectsXlsx = (rows: ProjectSheetRow[]) => sheetXlsx(PROJECT_COLUMNS, rows);
