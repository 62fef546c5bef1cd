import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

// Test helpers: a bulletin's files read back the way a person would see them.

/** The PDF's text through poppler's pdftotext (`-layout` keeps each table row on one line); pages are split by \f. */
export function pdfText(pdf: Buffer, layout = true): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bulletin-"));
  try {
    const file = path.join(dir, "b.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", [...(layout ? ["-layout"] : []), "-enc", "UTF-8", file, "-"], { encoding: "utf8" }).normalize("NFC");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The line of a numbered table row ("1.2   Vốn đăng ký …"), its runs of spaces collapsed; undefined when absent. */
export function pdfRow(text: string, no: string): string | undefined {
  return text
    .split("\n")
    .map((line) => line.trim().replace(/\s+/g, " "))
    .find((line) => line.startsWith(`${no} `));
}

export async function readWorkbook(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return book;
}

/** A sheet's rows as arrays of cell values (1-based columns, as exceljs numbers them, shifted to 0-based). */
export function sheetRows(book: ExcelJS.Workbook, name: string): ExcelJS.CellValue[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    const values = row.values as ExcelJS.CellValue[];
    rows.push(values.slice(1));
  });
  return rows;
}
