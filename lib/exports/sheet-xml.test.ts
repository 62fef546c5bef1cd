import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { columnLetter, excelSerial, rowXml, xmlText, type SheetColumn } from "./sheet-xml";
import { xlsxSink } from "./sinks";

describe("sheet rows as XML", () => {
  it("names columns as Excel does", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("escapes markup and drops the characters XML cannot carry, keeping tabs, line ends and Vietnamese", () => {
    expect(xmlText(`<b>"Tân & Phú's"</b>`)).toBe("&lt;b&gt;&quot;Tân &amp; Phú&apos;s&quot;&lt;/b&gt;");
    expect(xmlText("a\u0000b\u0008c\u000bd\u001fe\u007ff")).toBe("abcdef");
    expect(xmlText("dòng 1\r\n\tdòng 2")).toBe("dòng 1\r\n\tdòng 2");
  });

  it("counts dates in Excel's 1900 system", () => {
    expect(excelSerial(new Date("1900-03-01T00:00:00Z"))).toBe(61);
    expect(excelSerial(new Date("2026-01-15T00:00:00Z"))).toBe(46037);
  });

  it("writes strings as t=str, numbers and dates under their column's style, and empty styled cells", () => {
    const columns: SheetColumn[] = [
      { letter: "A", style: "", dateStyle: ' s="2"' },
      { letter: "B", style: ' s="3"', dateStyle: ' s="2"' },
      { letter: "C", style: ' s="2"', dateStyle: ' s="2"' },
      { letter: "D", style: ' s="3"', dateStyle: ' s="2"' },
      { letter: "E", style: "", dateStyle: ' s="2"' },
    ];
    expect(rowXml(7, ["=1+1 & co", 1967.5, new Date("2026-01-15T00:00:00Z"), null, null], columns)).toBe(
      '<row r="7"><c r="A7" t="str"><v>=1+1 &amp; co</v></c><c r="B7" s="3"><v>1967.5</v></c><c r="C7" s="2"><v>46037</v></c><c r="D7" s="3"/></row>',
    );
    expect(rowXml(2, [Number.NaN, -2.5], columns.slice(0, 2))).toBe('<row r="2"><c r="B2" s="3"><v>-2.5</v></c></row>');
  });

  it("reads back through exceljs with its types, formats and text intact", async () => {
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (c: Buffer) => chunks.push(c));
    const sink = xlsxSink(output, [
      { header: "Tên", kind: "text", width: 20 },
      { header: "Vốn", kind: "decimal", width: 12 },
      { header: "Ngày", kind: "date", width: 12 },
      { header: "Tỷ lệ", kind: "percent", width: 8 },
      { header: "Lao động", kind: "integer", width: 8 },
    ], "Dự án");
    await sink.rows([
      ["Công ty <TNHH> Điện tử \u0001Bình Minh", "12345678901234.5", new Date("2023-05-10T00:00:00Z"), "0.756", 350],
      ["-2+3", null, null, null, null],
    ]);
    await sink.finish({ title: "Ghi chú", lines: [{ label: "Bộ lọc", value: "không" }] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0];
    expect(sheet?.name).toBe("Dự án");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const row = sheet?.getRow(2);
    expect(row?.getCell(1).value).toBe("Công ty <TNHH> Điện tử Bình Minh");
    expect(row?.getCell(2).value).toBe(12345678901234.5);
    expect(row?.getCell(2).numFmt).toBe("#,##0.####");
    expect(row?.getCell(3).value).toEqual(new Date("2023-05-10T00:00:00Z"));
    expect(row?.getCell(3).numFmt).toBe("dd/mm/yyyy");
    expect(row?.getCell(4).value).toBe(0.756);
    expect(row?.getCell(4).numFmt).toBe("0.0%");
    expect(row?.getCell(5).value).toBe(350);
    expect(sheet?.getRow(3).getCell(1).value).toBe("-2+3");
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
    expect(sheet?.rowCount).toBe(3);
    expect(book.worksheets[1]?.getRow(1).values).toEqual([undefined, "Bộ lọc", "không"]);
  });
});
