import ExcelJS from "exceljs";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/format";
import { kindDef } from "./kinds";

/**
 * The downloadable template of a kind: one sheet with the headers in Vietnamese (or English) and
 * an example row to overwrite, dates and amounts typed as a spreadsheet would type them. Read-only
 * columns (derived by the app) are left out.
 */
export async function buildTemplate(kind: ImportKind, locale: Locale = "vi"): Promise<Buffer | null> {
  const def = kindDef(kind);
  if (!def) return null;
  const columns = def.columns.filter((c) => !c.readOnly);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === "vi" ? "Dữ liệu" : "Data", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c[locale], key: c.key, width: Math.max(c.width, c[locale].length + 2) }));
  sheet.getRow(1).font = { bold: true };
  const example: Record<string, ExcelJS.CellValue> = {};
  for (const c of columns) {
    const value = def.example[c.key] ?? "";
    example[c.key] = c.kind === "date" && typeof value === "string" && value ? toDate(value) : value;
    if (c.kind === "date") sheet.getColumn(c.key).numFmt = "dd/mm/yyyy";
  }
  sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function toDate(ddmmyyyy: string): Date {
  const [d, m, y] = ddmmyyyy.split("/").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
