import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { columnLetter, rowXml, styleAttribute, xmlText, type SheetColumn } from "@/lib/exports/sheet-xml";
import { internals } from "@/lib/exports/sinks";
import type { BulletinDocument, BulletinFrame } from "./document";
import type { FigureRow, FigureSection } from "./figure-sections";
import { LIST_CAPITAL, type ProjectList } from "./project-lists";
import type { PeriodLists, PeriodProjectRow } from "./read-period-lists";

// The bulletin as a workbook: the same document model as the PDF, one sheet per part. Figures
// keep the text the PDF prints (so both read the same) and, beside it, the exact value as a
// number for whoever works on from the spreadsheet. The lists hold EVERY project (the printed
// ones may be cut at PRINTED_LIST_LIMIT), capital as numbers and dates as dates. The workbook is
// streamed row by row (tens of thousands of rows at full scale), compressed at deflate level 1
// (a slightly larger file, written twice as fast).

export const SHEETS = { summary: "Tổng hợp", zones: "KCN, CCN", newProjects: "Dự án cấp mới", increases: "Dự án tăng vốn", about: "Thông tin" } as const;

const UNIT_TEXT: Record<FigureRow["unit"], string> = { project: "dự án", USD: "USD", VND: "đồng", job: "lao động" };
const BOLD = { bold: true } as const;
/** USD keeps its cents; VND, counts and jobs are whole. */
const USD_FORMAT = "#,##0.00";
const WHOLE_FORMAT = "#,##0";

type Sheet = ExcelJS.Worksheet;

/** Three title rows and a blank one, then the header row, frozen. */
const HEADER_ROW = 5;

function addSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, name: string): Sheet {
  return book.addWorksheet(name, { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
}

function titleRows(sheet: Sheet, doc: BulletinFrame, subtitle: string, width: number) {
  for (const [text, font] of [
    [doc.boardName.toLocaleUpperCase("vi"), BOLD],
    [doc.title, { bold: true, size: 13 }],
    [subtitle, { italic: true }],
  ] as const) {
    const row = sheet.addRow([text]);
    row.font = font;
    sheet.mergeCells(row.number, 1, row.number, width);
  }
  sheet.addRow([]);
}

function header(sheet: Sheet, names: string[]): ExcelJS.Row {
  const row = sheet.addRow(names);
  row.font = BOLD;
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  });
  return row;
}

function figureRows(sheet: Sheet, section: FigureSection) {
  sheet.addRow([section.title]).font = BOLD;
  for (const r of section.rows) {
    const row = sheet.addRow([r.no, r.label, r.value, r.target, r.percentOfPlan, r.previous, r.change, r.raw === null ? null : Number(r.raw), UNIT_TEXT[r.unit]]);
    row.getCell(8).numFmt = r.unit === "USD" ? USD_FORMAT : WHOLE_FORMAT;
  }
  for (const note of section.notes) sheet.addRow(["", note]).font = { italic: true };
}

function summarySheet(sheet: Sheet, doc: BulletinDocument) {
  sheet.columns = [8, 52, 22, 22, 10, 22, 20, 22, 10].map((width) => ({ width }));
  titleRows(sheet, doc, `Từ đầu năm đến ${doc.reportDateText}`, 9);
  header(sheet, ["STT", "Chỉ tiêu", `Từ đầu năm đến ${doc.reportDateText}`, "Kế hoạch năm", "% KH", "Cùng kỳ", "So cùng kỳ", "Giá trị (số)", "Đơn vị"]);
  figureRows(sheet, doc.investment);
  figureRows(sheet, doc.production);
  sheet.commit();
}

function zoneSheet(sheet: Sheet, doc: BulletinDocument) {
  sheet.columns = [8, 52, 26, 26].map((width) => ({ width }));
  titleRows(sheet, doc, doc.zones.title, 4);
  header(sheet, ["STT", "Chỉ tiêu", "KCN", "CCN"]);
  for (const r of doc.zones.rows) sheet.addRow([r.no, r.label, r.KCN, r.CCN]);
  for (const note of doc.zones.notes) sheet.addRow(["", note]).font = { italic: true };
  sheet.commit();
}

const LIST_WIDTHS = [6, 14, 40, 7, 34, 8, 28, 16, 12, 20, 8];
const LIST_FORMATS = { date: "dd/mm/yyyy", USD: USD_FORMAT, VND: WHOLE_FORMAT } as const;

/**
 * A list sheet's data rows are written as XML text by the exports' rowXml (lib/exports/sheet-xml.ts
 * says why: exceljs's own rows cost a Row, Cells and models per cell, which at 74k rows was most of
 * the bulletin's node CPU). exceljs writes everything around them: title rows, header, merges,
 * styles. The capital's number format follows the row's currency, so there is one set of columns
 * per currency.
 */
function listColumns(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet) {
  const { styles, stream } = internals(book, sheet);
  const style = (numFmt: string, type: ExcelJS.ValueType) => styleAttribute(styles.addStyleModel({ numFmt }, type));
  const date = style(LIST_FORMATS.date, ExcelJS.ValueType.Date);
  const columns = (capital: string): SheetColumn[] =>
    LIST_WIDTHS.map((_, i) => ({ letter: columnLetter(i), style: i === DATE_COLUMN ? date : i === CAPITAL_COLUMN ? capital : "", dateStyle: date }));
  const bold = styleAttribute(styles.addStyleModel({ font: BOLD }, ExcelJS.ValueType.String));
  // The total row is bold as a row (customFormat), as exceljs writes a row whose font is set.
  const boldRow = (r: number) => `<row r="${r}" spans="1:2"${bold} customFormat="1">`;
  return { stream, bold, boldRow, USD: columns(style(LIST_FORMATS.USD, ExcelJS.ValueType.Number)), VND: columns(style(LIST_FORMATS.VND, ExcelJS.ValueType.Number)) };
}
/** Zero-based columns of the date and the capital. */
const [DATE_COLUMN, CAPITAL_COLUMN] = [8, 9];

async function listSheet(book: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, doc: BulletinFrame, list: ProjectList, rows: ListSource, capital: (typeof LIST_CAPITAL)[keyof typeof LIST_CAPITAL]) {
  sheet.columns = LIST_WIDTHS.map((width) => ({ width }));
  titleRows(sheet, doc, list.title, LIST_WIDTHS.length);
  header(sheet, ["STT", "Mã dự án", "Tên dự án", "Loại", "Nhà đầu tư", "Quốc gia", "Địa điểm", "Số GCNĐKĐT", "Ngày cấp", list.capitalHeader, "Tiền tệ"]).commit(); // also opens <sheetData>
  const columns = listColumns(book, sheet);
  let no = 0;
  const written = await rows(async (batch) => {
    for (const r of batch) {
      const values = [++no, r.code, r.name, r.type, r.investorName, r.country, r.zoneName ?? "Ngoài KCN, CCN", r.ircNumber, r.ircFirstIssuedOn, Number(capital(r)), r.currency];
      columns.stream.write(rowXml(HEADER_ROW + no, values, columns[r.currency]));
    }
  });
  // The document's total was counted in the same snapshot; a difference would be a bug here.
  if (written !== list.total) throw new Error(`bulletin list "${sheet.name}": ${written} rows written, ${list.total} counted`);
  // A blank row, then the total in bold (its first cell an empty bold text, as exceljs wrote it).
  const total = HEADER_ROW + no + 2;
  columns.stream.write(`${columns.boldRow(total)}<c r="A${total}"${columns.bold} t="str"><v></v></c><c r="B${total}"${columns.bold} t="str"><v>${xmlText(list.summary)}</v></c></row>`);
  sheet.commit();
}

function aboutSheet(sheet: Sheet, doc: BulletinDocument) {
  sheet.columns = [{ width: 22 }, { width: 90, style: { alignment: { wrapText: true, vertical: "top" } } }];
  const rows: [string, string][] = [
    ["Cơ quan", doc.boardName],
    ["Báo cáo", doc.title],
    ["Ngày báo cáo", doc.reportDateText],
    ["Kỳ báo cáo", `Từ 01/01 đến ${doc.reportDateText}`],
    ["Người lập", doc.generatedBy],
    ["Thời điểm lập", doc.generatedAt],
    ["Tóm tắt", doc.lead],
  ];
  for (const [k, v] of rows) sheet.addRow([k, v]).getCell(1).font = BOLD;
  sheet.commit();
}

/** Every row of a list, a batch at a time (PeriodLists.stream); returns how many. */
type ListSource = (onBatch: (rows: PeriodProjectRow[]) => Promise<void>) => Promise<number>;

/**
 * The workbook of a bulletin. The lists need only the frame, and are written as soon as it is
 * known; the sheets of figures are written when `document` is, meanwhile. The zip holds the sheets
 * in the workbook's order, so list rows written before the figures arrive wait in memory
 * (uncompressed, a few tens of MB at full scale) until the sheets before them are done.
 */
export async function buildBulletinXlsx(frame: BulletinFrame, document: Promise<BulletinDocument>, lists: Pick<PeriodLists, "stream">, generatedAt: Date): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  book.creator = frame.generatedBy;
  book.created = generatedAt;
  book.modified = generatedAt;
  const sheets = { summary: addSheet(book, SHEETS.summary), zones: addSheet(book, SHEETS.zones), newProjects: addSheet(book, SHEETS.newProjects), increases: addSheet(book, SHEETS.increases), about: addSheet(book, SHEETS.about) };
  const figures = async () => {
    const doc = await document;
    summarySheet(sheets.summary, doc);
    zoneSheet(sheets.zones, doc);
    aboutSheet(sheets.about, doc);
  };
  const projects = async () => {
    await listSheet(book, sheets.newProjects, frame, frame.newProjects, (onBatch) => lists.stream("newProjects", onBatch), LIST_CAPITAL.newProjects);
    await listSheet(book, sheets.increases, frame, frame.increases, (onBatch) => lists.stream("increases", onBatch), LIST_CAPITAL.increases);
  };
  await Promise.all([figures(), projects()]);
  await book.commit();
  return Buffer.concat(chunks);
}
