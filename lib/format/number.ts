import type { Decimal } from "decimal.js";
import { toDecimal, type DecimalInput } from "./decimal";
import { DEFAULT_LOCALE, MISSING, intlTag, type Locale } from "./locale";

export interface NumberFormatOptions {
  /** Digits after the decimal separator, at most (rounded half-up). Default 2. */
  maxDecimals?: number;
  /** Digits after the decimal separator, at least (padded with zeros). Default 0. */
  minDecimals?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}|${minDecimals}|${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlTag(locale), {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

function checkDecimals(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 20) {
    throw new RangeError(`${name} must be an integer between 0 and 20, got ${value}`);
  }
}

/**
 * Rounds half-up (away from zero on a tie) to at most maxDecimals digits. A result that
 * rounds to zero loses its sign, so -0.001 never shows as "-0".
 */
export function roundHalfUp(value: Decimal, maxDecimals: number): Decimal {
  const rounded = value.toDecimalPlaces(maxDecimals);
  return rounded.isZero() ? rounded.abs() : rounded;
}

/**
 * Formats an exact Decimal with the locale's separators. Rounding is done here with
 * decimal.js; Intl only receives the already-rounded exact string and adds grouping.
 */
export function formatDecimal(
  value: Decimal,
  locale: Locale,
  minDecimals: number,
  maxDecimals: number,
): string {
  checkDecimals("minDecimals", minDecimals);
  checkDecimals("maxDecimals", maxDecimals);
  const max = Math.max(minDecimals, maxDecimals);
  const rounded = roundHalfUp(value, max);
  return numberFormat(locale, minDecimals, max).format(rounded.toFixed() as Intl.StringNumericLiteral);
}

/** vi "1.967,5", en "1,967.5"; negative "-1.234,5"; null/undefined/NaN → "—". */
export function formatNumber(
  value: DecimalInput | null | undefined,
  locale: Locale = DEFAULT_LOCALE,
  opts: NumberFormatOptions = {},
): string {
  const decimal = toDecimal(value);
  if (decimal === null) return MISSING;
  return formatDecimal(decimal, locale, opts.minDecimals ?? 0, opts.maxDecimals ?? 2);
}

/** An integer count: vi "1.234", en "1,234" (a fraction is rounded half-up). */
export function formatCount(value: DecimalInput | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return formatNumber(value, locale, { maxDecimals: 0 });
}

/** Hectares with up to `decimals` digits: vi "1.967,5 ha", en "1,967.5 ha". */
export function formatArea(
  hectares: DecimalInput | null | undefined,
  locale: Locale = DEFAULT_LOCALE,
  decimals = 1,
): string {
  const number = formatNumber(hectares, locale, { maxDecimals: decimals });
  return number === MISSING ? MISSING : `${number} ha`;
}
