import { describe, expect, it } from "vitest";
import { formatPercent, formatPercentValue } from "./percent";

describe("formatPercent", () => {
  it("turns a ratio into a percentage without a space before %", () => {
    expect(formatPercent(0.756)).toBe("75,6%");
    expect(formatPercent(0.756, "vi")).toBe("75,6%");
    expect(formatPercent(0.756, "en")).toBe("75.6%");
  });

  it("takes a number of decimals and drops trailing zeros", () => {
    expect(formatPercent(0.8012, "vi", 2)).toBe("80,12%");
    expect(formatPercent(0.8012, "en", 2)).toBe("80.12%");
    expect(formatPercent(0.75, "vi")).toBe("75%");
    expect(formatPercent("0.12345", "en", 0)).toBe("12%");
  });

  it("multiplies exactly and rounds half-up", () => {
    // 0.0005 * 100 = 0.05 exactly → 0.1 at one decimal.
    expect(formatPercent("0.0005", "vi")).toBe("0,1%");
    expect(formatPercent(0.1 + 0.2, "en", 2)).toBe("30%");
  });

  it("handles zero, negatives and values above 100%", () => {
    expect(formatPercent(0, "vi")).toBe("0%");
    expect(formatPercent(-0.052, "vi")).toBe("-5,2%");
    expect(formatPercent(-0.052, "en")).toBe("-5.2%");
    expect(formatPercent(12.5, "vi")).toBe("1.250%");
    expect(formatPercent(12.5, "en")).toBe("1,250%");
    expect(formatPercent("-0.0001", "vi")).toBe("0%");
  });

  it("shows missing values and divisions by zero as an em dash", () => {
    expect(formatPercent(null, "vi")).toBe("—");
    expect(formatPercent(undefined, "en")).toBe("—");
    expect(formatPercent(0 / 0, "vi")).toBe("—");
    expect(formatPercent(1 / 0, "en")).toBe("—");
    expect(formatPercent(-1 / 0, "vi")).toBe("—");
  });
});

describe("formatPercentValue", () => {
  it("takes the percentage itself", () => {
    expect(formatPercentValue(75.6, "vi")).toBe("75,6%");
    expect(formatPercentValue(75.6, "en")).toBe("75.6%");
    expect(formatPercentValue("80.125", "vi", 2)).toBe("80,13%");
    expect(formatPercentValue(-3, "en")).toBe("-3%");
    expect(formatPercentValue(0, "vi")).toBe("0%");
    expect(formatPercentValue(null, "en")).toBe("—");
    expect(formatPercentValue(Number.NaN, "vi")).toBe("—");
  });
});
