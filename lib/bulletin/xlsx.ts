import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { BulletinDocument, BulletinFrame } from "./document";
import type { FigureRow, FigureSection } from "./figure-sections";
import { LIST_CAPITAL, type ProjectList } from "./project-lists";
import type { PeriodLists, PeriodProjectRow } from "./list-period-projects";

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

function header(sheet: Sheet, names: string[]) {
  const row = sheet.addRow(names);
  row.font = BOLD;
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
  });
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
// One style object per format, shared by every cell: exceljs caches styles by object identity, and
// a cell left to itself gets a fresh empty style that is serialised and looked up afresh (the top
// of the profile when writing the lists at full scale). So the plain cells share one empty style.
const LIST_STYLES = { plain: {}, date: { numFmt: "dd/mm/yyyy" }, usd: { numFmt: USD_FORMAT }, whole: { numFmt: WHOLE_FORMAT } } satisfies Record<string, Partial<ExcelJS.Style>>;
const PLAIN_ROW: Partial<ExcelJS.Style>[] = LIST_WIDTHS.map(() => LIST_STYLES.plain);
const [DATE_COLUMN, CAPITAL_COLUMN] = [9, 10];

async function listSheet(sheet: Sheet, doc: BulletinFrame, list: ProjectList, rows: ListSource, capital: (typeof LIST_CAPITAL)[keyof typeof LIST_CAPITAL]) {
  sheet.columns = LIST_WIDTHS.map((width) => ({ width }));
  titleRows(sheet, doc, list.title, LIST_WIDTHS.length);
  header(sheet, ["STT", "Mã dự án", "Tên dự án", "Loại", "Nhà đầu tư", "Quốc gia", "Địa điểm", "Số GCNĐKĐT", "Ngày cấp", list.capitalHeader, "Tiền tệ"]);
  let no = 0;
  const written = await rows(async (batch) => {
    for (const r of batch) {
      const row = sheet.addRow([++no, r.code, r.name, r.type, r.investorName, r.country, r.zoneName ?? "Ngoài KCN, CCN", r.ircNumber, r.ircFirstIssuedOn, Number(capital(r)), r.currency]);
      PLAIN_ROW.forEach((style, i) => (row.getCell(i + 1).style = style));
      row.getCell(DATE_COLUMN).style = LIST_STYLES.date;
      row.getCell(CAPITAL_COLUMN).style = r.currency === "USD" ? LIST_STYLES.usd : LIST_STYLES.whole;
      row.commit();
    }
  });
  // The document's total was counted in the same snapshot; a difference would be a bug here.
  if (written !== list.total) throw new Error(`bulletin list "${sheet.name}": ${written} rows written, ${list.total} counted`);
  sheet.addRow([]);
  sheet.addRow(["", list.summary]).font = BOLD;
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
    await listSheet(sheets.newProjects, frame, frame.newProjects, (onBatch) => lists.stream("newProjects", onBatch), LIST_CAPITAL.newProjects);
    await listSheet(sheets.increases, frame, frame.increases, (onBatch) => lists.stream("increases", onBatch), LIST_CAPITAL.increases);
  };
  await Promise.all([figures(), projects()]);
  await book.commit();
  return Buffer.concat(chunks);
}
