import { Decimal } from "decimal.js";

/**
 * Anything that carries an exact decimal value: a JS number, a bigint, a decimal string
 * ("1234.5", "1e+21") or a Decimal-like object such as Prisma's Decimal.
 */
export interface DecimalLike {
  toString(): string;
}
export type DecimalInput = string | number | bigint | DecimalLike;

/**
 * A private decimal.js constructor: half-up rounding, enough precision for exact scaling by
 * powers of ten, plain (non-exponential) strings, and exponents bounded so that a hostile
 * "1e999999999" cannot expand into a gigantic string (it becomes Infinity, i.e. missing).
 */
export const Dec = Decimal.clone({
  precision: 1000,
  rounding: Decimal.ROUND_HALF_UP,
  toExpPos: 9e15,
  toExpNeg: -9e15,
  maxE: 1000,
  minE: -1000,
});

/** Plain decimal notation, optionally with an exponent ("-12.5", ".5", "1e+21"). No hex, no words. */
const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Converts a value to an exact Decimal, without ever going through float arithmetic.
 * Returns null for null/undefined, NaN, ±Infinity and strings that are not plain decimals.
 * User-typed text ("1.234,5") is not accepted here: run it through parseDecimal first.
 */
export function toDecimal(value: DecimalInput | null | undefined): Decimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  const text = (typeof value === "string" ? value : value.toString()).trim();
  if (!DECIMAL_STRING.test(text)) return null;
  const decimal = new Dec(text);
  return decimal.isFinite() ? decimal : null;
}
