import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/locale";
import { runExport } from "./run-export";
import type { ExportFormat } from "./sinks";
import type { ExportViewName } from "./view";

// Test helpers: run an export into memory the way the route streams it, and read the file back.

/** Drains `output` while `write` fills it (a PassThrough only finishes once read). */
export async function collect(write: (output: PassThrough) => Promise<number>): Promise<{ bytes: Buffer; written: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const written = await write(output);
  return { bytes: Buffer.concat(chunks), written };
}

export async function exportFile(actor: CurrentUser | null, view: ExportViewName, params: Record<string, string>, format: ExportFormat, locale: Locale = "vi") {
  const run = await runExport(actor, view, new URLSearchParams(params), format, locale);
  const { bytes, written } = await collect((output) => run.write(output));
  return { ...run, bytes, written };
}

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The data sheet's rows after the header, as cell values. */
export function dataRows(workbook: ExcelJS.Workbook): ExcelJS.Row[] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(row);
  });
  return rows;
}

/** The notes sheet as label → value. */
export function notesOf(workbook: ExcelJS.Workbook): Map<string, string> {
  const sheet = workbook.worksheets[1];
  const notes = new Map<string, string>();
  sheet?.eachRow((row) => notes.set(String(row.getCell(1).value), String(row.getCell(2).value)));
  return notes;
}
