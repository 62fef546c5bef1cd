import Decimal from "decimal.js";
import type { Currency, RateSource } from "@/lib/generated/prisma/enums";

/** The USD/VND rate a conversion used, so that every converted figure can say how it was made. */
export type RateUsed = { id: number; rate: string; effectiveOn: Date; source: RateSource };

export type Converted = {
  /** Exact decimal string in USD; null when a VND amount has no rate to convert with. */
  usd: string | null;
  /** null for an amount already in USD. */
  rate: RateUsed | null;
};

type Amount = string | number | { toString(): string };

// Money is exact: 28 significant digits is more than NUMERIC(20,2) ÷ a 4-decimal rate needs to
// round correctly to the cent, and rounding happens only here, once, half-up.
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Converts an amount in `currency` to USD with `rate` (VND per USD), to the cent. */
export function toUsd(amount: Amount, currency: Currency, rate: RateUsed | null): Converted {
  const value = new Exact(amount.toString());
  if (currency === "USD") return { usd: value.toFixed(2), rate: null };
  if (!rate) return { usd: null, rate: null };
  return { usd: value.div(rate.rate).toFixed(2), rate };
}

/**
 * The board's convention for which rate converts amounts dated `on`: the latest rate of the chosen
 * source in force on that date. The plan-year convention fixes one rate for a calendar year, so
 * it only takes a PLAN_YEAR rate from the same year.
 */
export function pickRate<R extends { effectiveOn: Date; source: RateSource }>(rates: R[], on: Date, source: RateSource): R | null {
  let best: R | null = null;
  for (const r of rates) {
    if (r.source !== source || r.effectiveOn > on) continue;
    if (source === "PLAN_YEAR" && r.effectiveOn.getUTCFullYear() !== on.getUTCFullYear()) continue;
    if (!best || r.effectiveOn > best.effectiveOn) best = r;
  }
  return best;
}
