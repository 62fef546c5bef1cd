import { once, type EventEmitter } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { csvCell, DEFAULT_NUM_FMT, xlsxCell, type Cell, type ExportColumn } from "./cells";
import { columnLetter, rowXml, styleAttribute, type SheetColumn } from "./sheet-xml";

/** What the second sheet says about the export: filters in words, dates, the user. */
export type ExportNotes = { title: string; lines: { label: string; value: string }[] };

/** Receives a table a batch at a time and ends the output when finished. */
export type TableSink = {
  rows(rows: Cell[][]): Promise<void>;
  finish(notes: ExportNotes): Promise<void>;
};

export type ExportFormat = "xlsx" | "csv";

/**
 * Waits for `stream` to drain; fails at once if `output` is closed meanwhile (the user cancelled
 * the download), so that the export stops and releases its database connection.
 */
async function drain(stream: EventEmitter, output: Writable): Promise<void> {
  if (output.destroyed) throw new Error("export output closed");
  // The losing wait is aborted, or every batch would leave a "close" listener behind.
  const settled = new AbortController();
  try {
    await Promise.race([
      once(stream, "drain", { signal: settled.signal }),
      once(output, "close", { signal: settled.signal }).then(() => {
        throw new Error("export output closed");
      }),
    ]);
  } finally {
    settled.abort();
  }
}

/** Waits while the reader of `output` is behind, so that rows never pile up in memory. */
async function drained(output: Writable): Promise<void> {
  if (output.destroyed) throw new Error("export output closed");
  if (output.writableNeedDrain) await drain(output, output);
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
}

/**
 * The parts of exceljs's streaming writer (4.4.0, pinned) that the raw rows need: the workbook's
 * style registry, which gives a style its id in styles.xml, and the sheet's XML stream, which
 * exceljs's own rows are written to. Checked once, so that an exceljs upgrade that moves them
 * fails the export tests instead of writing a broken file. The bulletin's list sheets use them too.
 */
type StyleRegistry = { addStyleModel(style: Partial<ExcelJS.Style>, cellType: ExcelJS.ValueType): number };
type SheetStream = { write(xml: string): unknown; pipes: ZipEntryInput[] };
/** The stream (readable-stream 2's PassThrough, made by archiver) that the zip reads a sheet's XML from. */
type ZipEntryInput = EventEmitter & { _writableState?: { needDrain?: boolean } };

export function internals(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: ExcelJS.Worksheet): { styles: StyleRegistry; stream: SheetStream } {
  const { styles } = workbook as unknown as { styles?: Partial<StyleRegistry> };
  const { stream } = sheet as unknown as { stream?: Partial<SheetStream> };
  if (typeof styles?.addStyleModel !== "function" || typeof stream?.write !== "function" || !Array.isArray(stream.pipes)) {
    throw new Error("exceljs's streaming writer has changed: see xlsxSink");
  }
  return { styles: styles as StyleRegistry, stream: stream as SheetStream };
}

/**
 * Waits until the zip has taken in what was written to the sheet. exceljs's sheet stream never
 * pushes back: it hands every 64 kB to the zip's input whether or not deflate keeps up, and at
 * 100,000 rows the input ran ~70 MB ahead of it (issue 6 §4: peak server RSS).
 */
async function zipCaughtUp(stream: SheetStream): Promise<void> {
  for (const input of stream.pipes) if (input._writableState?.needDrain) await once(input, "drain");
}

/**
 * A streamed workbook (exceljs WorkbookWriter). Sheet 1: the table, its header frozen; sheet 2:
 * the notes. exceljs writes the header, the notes and the workbook's parts; the data rows are
 * written as XML by rowXml (sheet-xml.ts says why), each cell under its column's one style
 * (a number format), so only the current batch is ever in memory, as text.
 * Deflate level 1: the file is a little larger, written twice as fast.
 */
export function xlsxSink(output: Writable, columns: ExportColumn[], title: string): TableSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.commit(); // also opens <sheetData>, which the raw rows go into
  const { styles, stream } = internals(workbook, sheet);
  const dateStyle = styleAttribute(styles.addStyleModel({ numFmt: DEFAULT_NUM_FMT.date }, ExcelJS.ValueType.Date));
  const sheetColumns: SheetColumn[] = columns.map((c, i) => {
    const style = c.kind === "text" ? "" : styleAttribute(styles.addStyleModel({ numFmt: c.numFmt ?? DEFAULT_NUM_FMT[c.kind] }, c.kind === "date" ? ExcelJS.ValueType.Date : ExcelJS.ValueType.Number));
    return { letter: columnLetter(i), style, dateStyle: c.kind === "date" ? style : dateStyle };
  });
  let rowNumber = 1;
  return {
    async rows(rows) {
      // One write per batch: exceljs copies each write into its buffers, so many small ones cost more.
      let xml = "";
      for (const cells of rows) {
        rowNumber += 1;
        xml += rowXml(rowNumber, cells.map((value, i) => xlsxCell(columns[i]?.kind ?? "text", value)), sheetColumns);
      }
      stream.write(xml);
      await zipCaughtUp(stream);
      await drained(output);
    },
    async finish(notes) {
      sheet.commit();
      const about = workbook.addWorksheet(sheetName(notes.title));
      about.columns = [{ width: 28 }, { width: 80 }];
      for (const line of notes.lines) about.addRow([line.label, line.value]).commit();
      about.commit();
      await workbook.commit();
    },
  };
}

/** CSV as described in cells.ts: ";" separated, UTF-8 with a BOM, Excel-vi decimals, formulas neutralised. */
export function csvSink(output: Writable, columns: ExportColumn[]): TableSink {
  const csv = stringify({ delimiter: ";", bom: true, record_delimiter: "windows" });
  csv.pipe(output);
  const write = async (record: string[]) => {
    if (!csv.write(record)) await drain(csv, output);
  };
  const ready = write(columns.map((c) => csvCell("text", c.header)));
  return {
    async rows(rows) {
      await ready;
      for (const cells of rows) await write(cells.map((value, i) => csvCell(columns[i]?.kind ?? "text", value)));
      await drained(output);
    },
    async finish() {
      await ready;
      const done = once(output, "finish");
      csv.end();
      await done;
    },
  };
}
