import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { getRateFor, todayInVietnam } from "./get-rate";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const useSource = (value: RateSource) => db.setting.upsert({ where: { key: "rateSource" }, create: { key: "rateSource", value }, update: { value } });

// This file has its own empty database (lib/testing/setup-db.ts).
beforeAll(async () => {
  const rows: [string, string, RateSource][] = [
    ["2025-12-01", "24800", "SBV_CENTRAL"],
    ["2026-05-01", "25300", "SBV_CENTRAL"],
    ["2026-06-01", "25400.5", "SBV_CENTRAL"],
    ["2026-07-01", "25500", "SBV_CENTRAL"],
    ["2025-01-01", "24000", "PLAN_YEAR"],
    ["2026-01-01", "25000", "PLAN_YEAR"],
    ["2026-03-15", "25350", "IRC"],
  ];
  await db.exchangeRate.createMany({ data: rows.map(([on, rate, source]) => ({ effectiveOn: day(on), rate, source, note: "test" })) });
});

describe("getRateFor: the rate that converts amounts dated on a day", () => {
  it("uses the SBV central rate when no setting is saved (the default)", async () => {
    await db.setting.deleteMany({ where: { key: "rateSource" } });
    expect(await getRateFor(day("2026-06-15"))).toMatchObject({ rate: "25400.5", source: "SBV_CENTRAL", effectiveOn: day("2026-06-01") });
  });

  it("takes the latest rate on or before the date, the effective day included", async () => {
    await useSource("SBV_CENTRAL");
    expect((await getRateFor(day("2026-05-31")))?.rate).toBe("25300");
    expect((await getRateFor(day("2026-06-01")))?.rate).toBe("25400.5");
    expect((await getRateFor(day("2026-12-31")))?.rate).toBe("25500");
    expect((await getRateFor(day("2026-02-01")))?.rate).toBe("24800"); // carried over the new year
    expect(await getRateFor(day("2025-11-30"))).toBeNull();
  });

  it("follows the source the setting names", async () => {
    await useSource("PLAN_YEAR");
    expect(await getRateFor(day("2026-06-15"))).toMatchObject({ rate: "25000", source: "PLAN_YEAR", effectiveOn: day("2026-01-01") });
    expect((await getRateFor(day("2025-12-31")))?.rate).toBe("24000");
    await useSource("IRC");
    expect((await getRateFor(day("2026-06-15")))?.rate).toBe("25350");
    await useSource("OTHER");
    expect(await getRateFor(day("2026-06-15"))).toBeNull();
  });

  it("never lets a plan-year rate cross into a year without one", async () => {
    await useSource("PLAN_YEAR");
    expect(await getRateFor(day("2027-02-01"))).toBeNull();
  });

  it("returns the row's id, so a converted figure can name its rate", async () => {
    await useSource("SBV_CENTRAL");
    const used = await getRateFor(day("2026-06-15"));
    const row = await db.exchangeRate.findUniqueOrThrow({ where: { id: used!.id } });
    expect(row.rate.toString()).toBe("25400.5");
  });
});

describe("todayInVietnam", () => {
  it("is the calendar day in UTC+7", () => {
    expect(todayInVietnam(new Date("2026-06-30T16:59:59Z"))).toEqual(day("2026-06-30"));
    expect(todayInVietnam(new Date("2026-06-30T17:00:00Z"))).toEqual(day("2026-07-01"));
  });
});
