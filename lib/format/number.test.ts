import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { formatArea, formatCount, formatNumber } from "./number";

describe("formatNumber", () => {
  it("uses vi separators by default", () => {
    expect(formatNumber(1967.5)).toBe("1.967,5");
    expect(formatNumber(1967.5, "vi")).toBe("1.967,5");
    expect(formatNumber(1234567.891, "vi")).toBe("1.234.567,89");
  });

  it("uses en separators", () => {
    expect(formatNumber(1967.5, "en")).toBe("1,967.5");
    expect(formatNumber(1234567.891, "en")).toBe("1,234,567.89");
  });

  it("groups four-digit numbers", () => {
    expect(formatNumber(1234, "vi")).toBe("1.234");
    expect(formatNumber(1234, "en")).toBe("1,234");
  });

  it("formats negatives with a leading minus", () => {
    expect(formatNumber(-1234.5, "vi")).toBe("-1.234,5");
    expect(formatNumber("-1234.5", "en")).toBe("-1,234.5");
  });

  it("formats zero and drops the sign of a value that rounds to zero", () => {
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(-0, "en")).toBe("0");
    expect(formatNumber("-0.001", "vi")).toBe("0");
  });

  it("rounds half-up on the exact decimal, not on the float", () => {
    expect(formatNumber("2.345", "vi")).toBe("2,35");
    expect(formatNumber("-2.345", "en")).toBe("-2.35");
    // 1.005 is 1.00499999999999989... as a float, but its shortest string is "1.005".
    expect(formatNumber(1.005, "en")).toBe("1.01");
    expect(formatNumber(0.1 + 0.2, "vi")).toBe("0,3");
  });

  it("honours min and max decimals", () => {
    expect(formatNumber(1234, "vi", { minDecimals: 2 })).toBe("1.234,00");
    expect(formatNumber("1.5", "en", { minDecimals: 2 })).toBe("1.50");
    expect(formatNumber("3.14159", "vi", { maxDecimals: 4 })).toBe("3,1416");
    expect(formatNumber("3.14159", "en", { maxDecimals: 0 })).toBe("3");
    expect(formatNumber("1.5", "en", { minDecimals: 3, maxDecimals: 1 })).toBe("1.500");
  });

  it("refuses nonsense decimal counts", () => {
    expect(() => formatNumber(1, "vi", { maxDecimals: -1 })).toThrow(RangeError);
    expect(() => formatNumber(1, "vi", { minDecimals: 1.5 })).toThrow(RangeError);
  });

  it("keeps very large values exact", () => {
    expect(formatNumber("1000000000000000000.125", "vi")).toBe("1.000.000.000.000.000.000,13");
    expect(formatNumber(10n ** 24n + 1n, "en")).toBe("1,000,000,000,000,000,000,000,001");
    expect(formatNumber(1e21, "vi")).toBe("1.000.000.000.000.000.000.000");
  });

  it("accepts Decimal-like objects and bigints", () => {
    expect(formatNumber(new Decimal("9876543.21"), "vi")).toBe("9.876.543,21");
    expect(formatNumber({ toString: () => "-42.5" }, "en")).toBe("-42.5");
    expect(formatNumber(1234n, "vi")).toBe("1.234");
  });

  it("shows missing and non-numeric values as an em dash", () => {
    expect(formatNumber(null, "vi")).toBe("—");
    expect(formatNumber(undefined, "en")).toBe("—");
    expect(formatNumber(Number.NaN, "vi")).toBe("—");
    expect(formatNumber(Number.POSITIVE_INFINITY, "en")).toBe("—");
    expect(formatNumber("abc", "vi")).toBe("—");
    expect(formatNumber("1.234,5", "vi")).toBe("—");
    expect(formatNumber("0x1f", "en")).toBe("—");
    expect(formatNumber(new Decimal(Number.NaN), "vi")).toBe("—");
    expect(formatNumber("1e99999", "vi")).toBe("—");
  });
});

describe("formatCount", () => {
  it("formats integer counts", () => {
    expect(formatCount(1234, "vi")).toBe("1.234");
    expect(formatCount(1234, "en")).toBe("1,234");
    expect(formatCount(0, "vi")).toBe("0");
    expect(formatCount(-1500, "en")).toBe("-1,500");
    expect(formatCount(1234567n, "vi")).toBe("1.234.567");
    expect(formatCount(null, "en")).toBe("—");
  });

  it("rounds a stray fraction half-up", () => {
    expect(formatCount(2.5, "vi")).toBe("3");
    expect(formatCount(2.4, "en")).toBe("2");
  });
});

describe("formatArea", () => {
  it("shows hectares with one decimal by default", () => {
    expect(formatArea(1967.5, "vi")).toBe("1.967,5 ha");
    expect(formatArea(1967.5, "en")).toBe("1,967.5 ha");
    expect(formatArea("1967.54", "vi")).toBe("1.967,5 ha");
    expect(formatArea("1967.55", "en")).toBe("1,967.6 ha");
    expect(formatArea(1967, "vi")).toBe("1.967 ha");
  });

  it("takes a number of decimals", () => {
    expect(formatArea("12.345", "vi", 2)).toBe("12,35 ha");
    expect(formatArea("12.345", "en", 0)).toBe("12 ha");
  });

  it("handles zero, negatives and missing values", () => {
    expect(formatArea(0, "vi")).toBe("0 ha");
    expect(formatArea(-3.25, "en")).toBe("-3.3 ha");
    expect(formatArea(null, "vi")).toBe("—");
    expect(formatArea(undefined, "en")).toBe("—");
  });
});
