import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, toDate } from "./date";

describe("formatDate", () => {
  it("writes dd/MM/yyyy in both languages", () => {
    const date = new Date(Date.UTC(2026, 2, 5));
    expect(formatDate(date)).toBe("05/03/2026");
    expect(formatDate(date, "vi")).toBe("05/03/2026");
    expect(formatDate(date, "en")).toBe("05/03/2026");
  });

  it("reads a DATE column (midnight UTC) as its own calendar day", () => {
    expect(formatDate(new Date("2026-12-31T00:00:00.000Z"), "vi")).toBe("31/12/2026");
    expect(formatDate(new Date("2026-01-01T00:00:00.000Z"), "en")).toBe("01/01/2026");
  });

  it("accepts ISO strings", () => {
    expect(formatDate("2026-03-05", "vi")).toBe("05/03/2026");
    expect(formatDate("2026-03-05T00:00:00.000Z", "en")).toBe("05/03/2026");
    expect(formatDate(" 2024-02-29 ", "vi")).toBe("29/02/2024");
  });

  it("shows missing and invalid dates as an em dash", () => {
    expect(formatDate(null, "vi")).toBe("—");
    expect(formatDate(undefined, "en")).toBe("—");
    expect(formatDate(new Date("nope"), "vi")).toBe("—");
    expect(formatDate("2026-02-31", "vi")).toBe("—");
    expect(formatDate("05/03/2026", "en")).toBe("—");
    expect(formatDate("", "vi")).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("writes dd/MM/yyyy HH:mm in Vietnam time (UTC+7)", () => {
    expect(formatDateTime(new Date("2026-03-05T02:04:00Z"), "vi")).toBe("05/03/2026 09:04");
    expect(formatDateTime(new Date("2026-03-05T02:04:00Z"), "en")).toBe("05/03/2026 09:04");
  });

  it("crosses midnight into the next Vietnamese day", () => {
    expect(formatDateTime("2026-03-05T17:30:00Z", "vi")).toBe("06/03/2026 00:30");
    expect(formatDateTime("2026-12-31T16:59:59.999Z", "en")).toBe("31/12/2026 23:59");
    expect(formatDateTime("2026-12-31T17:00:00Z", "vi")).toBe("01/01/2027 00:00");
  });

  it("reads offsets, and a date-time without one as UTC", () => {
    expect(formatDateTime("2026-03-05T09:15:00+07:00", "vi")).toBe("05/03/2026 09:15");
    expect(formatDateTime("2026-03-05T10:00", "en")).toBe("05/03/2026 17:00");
  });

  it("shows missing and invalid values as an em dash", () => {
    expect(formatDateTime(null, "vi")).toBe("—");
    expect(formatDateTime(new Date(Number.NaN), "en")).toBe("—");
    expect(formatDateTime("yesterday", "vi")).toBe("—");
  });
});

describe("toDate", () => {
  it("reads a date-only string as midnight UTC", () => {
    expect(toDate("2026-03-05")?.toISOString()).toBe("2026-03-05T00:00:00.000Z");
    expect(toDate("2026-13-01")).toBeNull();
    expect(toDate("2026-03-05T25:00:00Z")).toBeNull();
  });
});
