import { describe, expect, it } from "vitest";
import { parseDateVi } from "./parse-date";

const day = (text: string) => {
  const result = parseDateVi(text);
  return result.ok ? result.value.toISOString() : result.reason;
};

describe("parseDateVi", () => {
  it("reads dd/MM/yyyy as midnight UTC", () => {
    expect(day("05/03/2026")).toBe("2026-03-05T00:00:00.000Z");
    expect(day("31/12/2026")).toBe("2026-12-31T00:00:00.000Z");
    expect(day(" 01/01/2026\u00a0")).toBe("2026-01-01T00:00:00.000Z");
    expect(day("5/3/2026")).toBe("2026-03-05T00:00:00.000Z");
  });

  it("knows leap years", () => {
    expect(day("29/02/2024")).toBe("2024-02-29T00:00:00.000Z");
    expect(day("29/02/2000")).toBe("2000-02-29T00:00:00.000Z");
    expect(day("29/02/2025")).toBe("invalid");
    expect(day("29/02/2100")).toBe("invalid");
  });

  it("refuses days that do not exist", () => {
    expect(day("31/02/2026")).toBe("invalid");
    expect(day("31/04/2026")).toBe("invalid");
    expect(day("00/01/2026")).toBe("invalid");
    expect(day("01/00/2026")).toBe("invalid");
    expect(day("5/13/2026")).toBe("invalid");
  });

  it("refuses other shapes", () => {
    expect(day("2026-01-05")).toBe("invalid");
    expect(day("05/03/26")).toBe("invalid");
    expect(day("05-03-2026")).toBe("invalid");
    expect(day("05.03.2026")).toBe("invalid");
    expect(day("05/03/2026 10:00")).toBe("invalid");
    expect(day("")).toBe("invalid");
    expect(day("hôm nay")).toBe("invalid");
  });
});
