import Decimal from "decimal.js";

// Sums of VND amounts over 100,000 projects pass 2^53, so money is never a JS number here:
// a Decimal clone with headroom, so that the app's global Decimal settings cannot change the seed.
export const Money = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Money>;

export const ZERO = new Money(0);

/** The amount in the column's scale, e.g. "12500000.00" for NUMERIC(20,2). */
export function money(value: Money): string {
  return value.toFixed(2);
}

/** Hectares from an integer count of hundredths (areas are drawn as whole 0.01 ha, so they add exactly). */
export function hectares(hundredths: number): string {
  return new Money(hundredths).div(100).toFixed(4);
}

/** A float factor made exact before it touches money, so the result does not depend on binary rounding. */
export function factor(value: number): Money {
  return new Money(value.toFixed(6));
}

/** Rounded to a multiple of `step` (a bulletin figure is never to the đồng). */
export function roundTo(value: Money, step: number | Money): Money {
  const s = new Money(step);
  return value.div(s).toDecimalPlaces(0).mul(s);
}
