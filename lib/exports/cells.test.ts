import { describe, expect, it } from "vitest";
import { csvCell, neutralizeFormula, xlsxCell } from "./cells";
import { asciiFilename, contentDisposition, exportFilename } from "./filename";

describe("CSV cells", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(neutralizeFormula('=HYPERLINK("http://evil","x")')).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(neutralizeFormula("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
    expect(neutralizeFormula("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(neutralizeFormula("-2+3")).toBe("'-2+3");
    expect(neutralizeFormula("\tx")).toBe("'\tx");
    expect(neutralizeFormula("\rx")).toBe("'\rx");
    expect(neutralizeFormula("Công ty Điện tử")).toBe("Công ty Điện tử");
  });

  it("writes decimals with a comma, no grouping, exactly; negative amounts stay numbers", () => {
    expect(csvCell("decimal", "1967.5")).toBe("1967,5");
    expect(csvCell("decimal", "-2500000000.00")).toBe("-2500000000");
    expect(csvCell("decimal", "12345678901234567.89")).toBe("12345678901234567,89");
    expect(csvCell("integer", 350)).toBe("350");
    expect(csvCell("percent", "0.756")).toBe("75,6%");
    expect(csvCell("decimal", null)).toBe("");
  });

  it("writes calendar dates as dd/mm/yyyy", () => {
    expect(csvCell("date", new Date("2023-05-10T00:00:00Z"))).toBe("10/05/2023");
  });
});

describe("XLSX cells", () => {
  it("turns decimal strings into numbers and keeps dates as dates", () => {
    expect(xlsxCell("decimal", "1967.5")).toBe(1967.5);
    expect(xlsxCell("percent", "0.68")).toBe(0.68);
    const date = new Date("2023-05-10T00:00:00Z");
    expect(xlsxCell("date", date)).toBe(date);
    expect(xlsxCell("text", "=1+1")).toBe("=1+1");
  });
});

describe("download names", () => {
  it("keeps the Vietnamese name in filename* and an ASCII one in filename", () => {
    const name = exportFilename("Dự án", new Date("2026-11-25T20:00:00Z"), "xlsx");
    expect(name).toBe("Dự án 2026-11-26.xlsx"); // 03:00 on the 26th in Vietnam
    expect(asciiFilename("Điều chỉnh vốn")).toBe("Dieu_chinh_von");
    const header = contentDisposition(name);
    expect(header).toContain(`filename="Du_an_2026-11-26.xlsx"`);
    expect(header).toContain(`filename*=UTF-8''${encodeURIComponent(name)}`);
    expect(decodeURIComponent(header.split("''")[1] ?? "")).toBe(name);
  });
});
