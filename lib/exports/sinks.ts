import { once, type EventEmitter } from "node:events";
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify";
import ExcelJS from "exceljs";
import { csvCell, DEFAULT_NUM_FMT, xlsxCell, type Cell, type ExportColumn } from "./cells";

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
 * A streamed workbook (exceljs WorkbookWriter): each row is committed as it is written, so only
 * the current batch is ever in memory. Sheet 1: the table, its header frozen; sheet 2: the notes.
 * Each cell gets its column's one style object: exceljs caches a style by object identity, where a
 * column style would be copied into every cell and looked up afresh (3× slower at 100,000 rows).
 * Deflate level 1: the file is a little larger, written twice as fast.
 */
export function xlsxSink(output: Writable, columns: ExportColumn[], title: string): TableSink {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } });
  const sheet = workbook.addWorksheet(sheetName(title), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width }));
  const styles: Partial<ExcelJS.Style>[] = columns.map((c) => (c.kind === "text" ? {} : { numFmt: c.numFmt ?? DEFAULT_NUM_FMT[c.kind] }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.commit();
  return {
    async rows(rows) {
      for (const cells of rows) {
        const row = sheet.addRow(cells.map((value, i) => xlsxCell(columns[i]?.kind ?? "text", value)));
        for (let i = 0; i < columns.length; i++) row.getCell(i + 1).style = styles[i] ?? {};
        row.commit();
      }
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
