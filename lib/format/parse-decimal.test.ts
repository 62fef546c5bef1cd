import { describe, expect, it } from "vitest";
import { parseDecimal } from "./parse-decimal";

const ok = (value: string) => ({ ok: true, value });
const fail = (reason: "empty" | "invalid" | "too_long") => ({ ok: false, reason });

describe("parseDecimal vi", () => {
  it("reads grouped and ungrouped numbers", () => {
    expect(parseDecimal("1.234.567,89")).toEqual(ok("1234567.89"));
    expect(parseDecimal("1.234.567,89", "vi")).toEqual(ok("1234567.89"));
    expect(parseDecimal("1234567,89", "vi")).toEqual(ok("1234567.89"));
    expect(parseDecimal("1234567", "vi")).toEqual(ok("1234567"));
    expect(parseDecimal("1.234", "vi")).toEqual(ok("1234"));
    expect(parseDecimal("0,5", "vi")).toEqual(ok("0.5"));
  });

  it("reads negatives", () => {
    expect(parseDecimal("-1.234,5", "vi")).toEqual(ok("-1234.5"));
    expect(parseDecimal("\u22121.234,5", "vi")).toEqual(ok("-1234.5"));
    expect(parseDecimal("-0", "vi")).toEqual(ok("0"));
    expect(parseDecimal("-0,000", "vi")).toEqual(ok("0"));
  });

  it("returns a canonical decimal string", () => {
    expect(parseDecimal("007,50", "vi")).toEqual(ok("7.5"));
    expect(parseDecimal("1.000,00", "vi")).toEqual(ok("1000"));
    expect(parseDecimal("0", "vi")).toEqual(ok("0"));
  });

  it("tolerates surrounding spaces and non-breaking spaces", () => {
    expect(parseDecimal("  1.234,5 ", "vi")).toEqual(ok("1234.5"));
    expect(parseDecimal("\u00a01.234,5\u00a0", "vi")).toEqual(ok("1234.5"));
    expect(parseDecimal("\t\u202f42\n", "vi")).toEqual(ok("42"));
  });

  it("refuses empty input", () => {
    expect(parseDecimal("", "vi")).toEqual(fail("empty"));
    expect(parseDecimal("  \u00a0 ", "vi")).toEqual(fail("empty"));
  });

  it("refuses what is not a vi number", () => {
    expect(parseDecimal("abc", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1,2,3", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1.23.4", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1.5", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1234.567", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("0.123", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1.234,5.6", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("12e5", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("Infinity", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("NaN", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal(",5", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("5,", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("+5", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("--5", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("1 234", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("0x1F", "vi")).toEqual(fail("invalid"));
    expect(parseDecimal("5 USD", "vi")).toEqual(fail("invalid"));
  });

  it("refuses more than 28 digits", () => {
    expect(parseDecimal("1234567890123456789012345678", "vi")).toEqual(ok("1234567890123456789012345678"));
    expect(parseDecimal("1234567890123456789012345678,0", "vi")).toEqual(ok("1234567890123456789012345678"));
    expect(parseDecimal("12345678901234567890123456789", "vi")).toEqual(fail("too_long"));
    expect(parseDecimal("12345678901234567890,123456789", "vi")).toEqual(fail("too_long"));
    expect(parseDecimal("1".repeat(200), "vi")).toEqual(fail("too_long"));
  });
});

describe("parseDecimal en", () => {
  it("reads grouped and ungrouped numbers", () => {
    expect(parseDecimal("1,234,567.89", "en")).toEqual(ok("1234567.89"));
    expect(parseDecimal("1234567.89", "en")).toEqual(ok("1234567.89"));
    expect(parseDecimal("-1,234.5", "en")).toEqual(ok("-1234.5"));
    expect(parseDecimal("1234567", "en")).toEqual(ok("1234567"));
    expect(parseDecimal("1,234", "en")).toEqual(ok("1234"));
    expect(parseDecimal(" 0.50\u00a0", "en")).toEqual(ok("0.5"));
  });

  it("refuses what is not an en number", () => {
    expect(parseDecimal("", "en")).toEqual(fail("empty"));
    expect(parseDecimal("abc", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("1.2.3", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("1,23,4", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("1,5", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("1.234.567,89", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("12e5", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("-Infinity", "en")).toEqual(fail("invalid"));
    expect(parseDecimal("12345678901234567890123456789", "en")).toEqual(fail("too_long"));
  });
});
