import "server-only";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import type { RateUsed } from "./convert";

/**
 * The USD/VND rate in force on `on` (a calendar date, UTC midnight) under the board's convention
 * (settings.rateSource). One indexed query; null when no rate is recorded yet.
 */
export async function getRateFor(on: Date): Promise<RateUsed | null> {
  const { rateSource } = await getSettings();
  const yearStart = new Date(Date.UTC(on.getUTCFullYear(), 0, 1));
  const row = await db.exchangeRate.findFirst({
    where: {
      base: "USD",
      quote: "VND",
      source: rateSource,
      effectiveOn: { lte: on, ...(rateSource === "PLAN_YEAR" ? { gte: yearStart } : {}) },
    },
    orderBy: { effectiveOn: "desc" },
  });
  return row ? { id: row.id, rate: row.rate.toString(), effectiveOn: row.effectiveOn, source: row.source } : null;
}

/** Today's date in Vietnam as a calendar date (UTC midnight), the default report date. */
export function todayInVietnam(now = new Date()): Date {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}
