import { describe, expect, it } from "vitest";
import { lastMonthReported, missingMonths, reportPeriod, sameDayLastYear, samePeriodLastYear, scopeKey, scopeZoneFilter } from "./period";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the report period and cùng kỳ", () => {
  it("runs from 1 January to D, both included, whatever the time of day", () => {
    expect(reportPeriod(day("2026-06-15"))).toEqual({ year: 2026, from: day("2026-01-01"), to: day("2026-06-15") });
    expect(reportPeriod(new Date("2026-06-15T16:59:00Z")).to).toEqual(day("2026-06-15"));
    expect(reportPeriod(day("2026-01-01"))).toEqual({ year: 2026, from: day("2026-01-01"), to: day("2026-01-01") });
  });

  it("compares with 1 January Y−1 … the same day-month in Y−1; 29 February becomes 28 February", () => {
    expect(samePeriodLastYear(day("2026-06-15"))).toEqual({ year: 2025, from: day("2025-01-01"), to: day("2025-06-15") });
    expect(sameDayLastYear(day("2028-02-29"))).toEqual(day("2027-02-28"));
    expect(sameDayLastYear(day("2025-03-01"))).toEqual(day("2024-03-01"));
    expect(samePeriodLastYear(day("2025-12-31")).to).toEqual(day("2024-12-31"));
  });
});

describe("the last month reported by D", () => {
  it("is the latest month ≤ month(D) with an actual; later months never count", () => {
    expect(lastMonthReported([1, 2, 4, 5, 6, 7], day("2026-06-15"))).toBe(6);
    expect(lastMonthReported([1, 2, 3], day("2026-06-15"))).toBe(3);
    expect(lastMonthReported([7, 8], day("2026-06-15"))).toBeNull();
    expect(lastMonthReported([], day("2026-06-15"))).toBeNull();
  });

  it("lists the months up to it without an actual as missing, never as zero", () => {
    expect(missingMonths([1, 2, 4, 5, 6], 6)).toEqual([3]);
    expect(missingMonths([2], 2)).toEqual([1]);
    expect(missingMonths([], null)).toEqual([]);
  });
});

describe("scopes", () => {
  it("map to the plan's scope key and to the list's zone filter", () => {
    expect([scopeKey({ kind: "PROVINCE" }), scopeKey({ kind: "ALL_KCN" }), scopeKey({ kind: "ZONE", zoneId: 7 })]).toEqual(["PROVINCE", "ALL_KCN", "ZONE:7"]);
    expect([scopeZoneFilter({ kind: "PROVINCE" }), scopeZoneFilter({ kind: "ALL_CCN" }), scopeZoneFilter({ kind: "ZONE", zoneId: 7 })]).toEqual([undefined, "CCN", 7]);
  });
});
