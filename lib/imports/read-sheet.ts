import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/actions/app-error";
import type { FileFormat } from "./check-file";
import { MAX_ROWS } from "./limits";

/** A cell as read: text, or a number when the spreadsheet typed it as one (dates become dd/MM/yyyy). */
export type Cell = string | number;
/** One data row with its row number in the file (1-based, the header being row `headerRow`). */
export type SheetRow = { row: number; cells: Cell[] };
export type Sheet = { headers: string[]; rows: SheetRow[] };

const tooManyRows = () => new AppError("VALIDATION", { file: [{ key: "imports.errors.tooManyRows", values: { max: MAX_ROWS } }] });
const noHeader = () => new AppError("VALIDATION", { file: [{ key: "imports.errors.noHeader" }] });

export async function readSheet(format: FileFormat, bytes: Buffer): Promise<Sheet> {
  return format === "xlsx" ? readXlsx(bytes) : readCsv(bytes);
}

const pad = (n: number) => String(n).padStart(2, "0");
/** exceljs gives a date cell as the UTC midnight of the day shown. */
const dayOf = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dayOf(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return "result" in value && value.result !== undefined ? cellOf(value.result as ExcelJS.CellValue) : "";
  if ("text" in value) return String(value.text);
  return "";
}

const isBlank = (cells: Cell[]) => cells.every((c) => c === "" || (typeof c === "string" && c.trim() === ""));

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError("VALIDATION", { file: [{ key: "imports.errors.notXlsx" }] });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw noHeader();
  if (sheet.actualRowCount > MAX_ROWS + 1) throw tooManyRows();
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based and sparse: empty cells are holes
    const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellOf(values[i + 1]));
    if (isBlank(cells)) return;
    if (!headers) headers = cells.map((c) => String(c).trim());
    else rows.push({ row: number, cells });
  });
  if (!headers) throw noHeader();
  return { headers, rows };
}

function readCsv(bytes: Buffer): Sheet {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel in Vietnamese (decimal comma) saves CSV with ";" between cells.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, to_line: MAX_ROWS + 2 }) as string[][];
  } catch {
    throw new AppError("VALIDATION", { file: [{ key: "imports.errors.csvInvalid" }] });
  }
  if (records.length > MAX_ROWS + 1) throw tooManyRows();
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  records.forEach((cells, i) => {
    if (isBlank(cells)) return;
    if (!headers) headers = cells.map((c) => c.trim());
    else rows.push({ row: i + 1, cells });
  });
  if (!headers) throw noHeader();
  return { headers, rows };
}
