import { describe, expect, it } from "vitest";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { pickRate, toUsd, type RateUsed } from "./convert";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rate = (id: number, value: string, iso: string, source: RateSource): RateUsed => ({ id, rate: value, effectiveOn: day(iso), source });

const RATES: RateUsed[] = [
  rate(1, "24000", "2025-01-01", "PLAN_YEAR"),
  rate(2, "25000", "2026-01-01", "PLAN_YEAR"),
  rate(3, "25300", "2026-05-01", "SBV_CENTRAL"),
  rate(4, "25400", "2026-06-01", "SBV_CENTRAL"),
  rate(5, "25500", "2026-07-01", "SBV_CENTRAL"),
  rate(6, "25350", "2026-03-15", "IRC"),
  rate(7, "25380", "2026-04-20", "OTHER"),
  rate(8, "24800", "2025-12-01", "SBV_CENTRAL"),
];

describe("pickRate: the board's convention", () => {
  it("takes the latest SBV central rate in force on the date, counting the effective day itself", () => {
    expect(pickRate(RATES, day("2026-06-15"), "SBV_CENTRAL")?.id).toBe(4);
    expect(pickRate(RATES, day("2026-06-01"), "SBV_CENTRAL")?.id).toBe(4);
    expect(pickRate(RATES, day("2026-05-31"), "SBV_CENTRAL")?.id).toBe(3);
    expect(pickRate(RATES, day("2026-12-31"), "SBV_CENTRAL")?.id).toBe(5);
  });

  it("lets the SBV rate carry over a new year (it is in force until the next one)", () => {
    expect(pickRate(RATES, day("2026-02-10"), "SBV_CENTRAL")?.id).toBe(8);
  });

  it("takes the IRC and OTHER rates of their own source only", () => {
    expect(pickRate(RATES, day("2026-06-15"), "IRC")?.id).toBe(6);
    expect(pickRate(RATES, day("2026-06-15"), "OTHER")?.id).toBe(7);
    expect(pickRate(RATES, day("2026-03-14"), "IRC")).toBeNull();
  });

  it("uses one plan-year rate for the whole calendar year, never a rate from another year", () => {
    expect(pickRate(RATES, day("2026-01-01"), "PLAN_YEAR")?.id).toBe(2);
    expect(pickRate(RATES, day("2026-12-31"), "PLAN_YEAR")?.id).toBe(2);
    expect(pickRate(RATES, day("2025-12-31"), "PLAN_YEAR")?.id).toBe(1);
    // 2027 has no plan rate yet: 2026's does not cross into it
    expect(pickRate(RATES, day("2027-03-01"), "PLAN_YEAR")).toBeNull();
  });

  it("lets a plan rate re-fixed within the year replace the earlier one from its date", () => {
    const refixed = [...RATES, rate(9, "25100", "2026-07-01", "PLAN_YEAR")];
    expect(pickRate(refixed, day("2026-06-30"), "PLAN_YEAR")?.id).toBe(2);
    expect(pickRate(refixed, day("2026-07-01"), "PLAN_YEAR")?.id).toBe(9);
  });

  it("answers null when no rate is in force on the date, and ignores rates dated later", () => {
    expect(pickRate([], day("2026-06-15"), "SBV_CENTRAL")).toBeNull();
    expect(pickRate(RATES, day("2024-06-15"), "SBV_CENTRAL")).toBeNull();
    expect(pickRate([rate(10, "26000", "2026-08-01", "SBV_CENTRAL")], day("2026-07-31"), "SBV_CENTRAL")).toBeNull();
  });

  it("does not depend on the order of the rates", () => {
    expect(pickRate([...RATES].reverse(), day("2026-06-15"), "SBV_CENTRAL")?.id).toBe(4);
  });
});

describe("toUsd: exact to the cent", () => {
  const at25450 = rate(1, "25450.0000", "2026-06-01", "SBV_CENTRAL");

  it("divides VND by the rate exactly and names the rate it used", () => {
    // By hand: 25.450 × 48.509.543 = 1.234.567.869.350; the remainder 20.773 ÷ 25.450 = 0,8162…
    // so 1.234.567.890.123 VND = 48.509.543,82 USD.
    expect(toUsd("1234567890123", "VND", at25450)).toEqual({ usd: "48509543.82", rate: at25450 });
    // A Prisma Decimal (anything with an exact toString) works the same way.
    expect(toUsd({ toString: () => "1234567890123.00" }, "VND", at25450).usd).toBe("48509543.82");
  });

  it("uses the rate's four decimals", () => {
    // 1.234.567.890.123 ÷ 25.450,5 = 48.508.590,7987… → 48.508.590,80
    expect(toUsd("1234567890123", "VND", rate(2, "25450.5", "2026-06-01", "SBV_CENTRAL")).usd).toBe("48508590.80");
  });

  it("rounds half-up at the cent, where floats would round down", () => {
    // 25.450 × 1.234,565 = 31.419.679,25 VND: exactly half a cent
    expect(toUsd("31419679.25", "VND", at25450).usd).toBe("1234.57");
    expect(toUsd("31419679.24", "VND", at25450).usd).toBe("1234.56");
    // 25.125 ÷ 25.000 = 1,005 (in floating point 1.00499…, which would print 1.00)
    expect(toUsd("25125", "VND", rate(3, "25000", "2026-01-01", "PLAN_YEAR")).usd).toBe("1.01");
    // a decrease rounds the same way, away from zero
    expect(toUsd("-31419679.25", "VND", at25450).usd).toBe("-1234.57");
  });

  it("passes USD through without a rate, with its cents", () => {
    expect(toUsd("1234567.8", "USD", at25450)).toEqual({ usd: "1234567.80", rate: null });
    expect(toUsd("0.005", "USD", null)).toEqual({ usd: "0.01", rate: null });
    expect(toUsd("99999999999999999.99", "USD", null).usd).toBe("99999999999999999.99");
  });

  it("gives no figure for VND without a rate, rather than a wrong one", () => {
    expect(toUsd("1000000", "VND", null)).toEqual({ usd: null, rate: null });
  });

  it("stays exact for the largest amounts the schema stores", () => {
    // NUMERIC(20,2) at most: 999.999.999.999.999.999,99 VND ÷ 25.450 = 39.292.730.844.793,71…
    expect(toUsd("999999999999999999.99", "VND", at25450).usd).toBe("39292730844793.71");
  });
});
