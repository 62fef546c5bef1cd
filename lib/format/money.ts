import type { Decimal } from "decimal.js";
import { Dec, toDecimal, type DecimalInput } from "./decimal";
import { DEFAULT_LOCALE, MISSING, type Locale } from "./locale";
import { formatDecimal, roundHalfUp } from "./number";

export type Currency = "USD" | "VND";

/** A unit: the amount is divided by 10^exponent and shown with at most `decimals` digits. */
interface Scale {
  exponent: number;
  decimals: number;
  /** null for the full amount (no scale word). */
  word: Record<Locale, string> | null;
}

/** Full amounts keep cents for USD and are rounded to the đồng for VND. */
const FULL: Record<Currency, Scale> = {
  USD: { exponent: 0, decimals: 2, word: null },
  VND: { exponent: 0, decimals: 0, word: null },
};

/** The bulletin units, smallest first, starting with the full amount. */
const SCALES: Record<Currency, readonly Scale[]> = {
  USD: [
    FULL.USD,
    { exponent: 6, decimals: 1, word: { vi: "triệu", en: "million" } },
    { exponent: 9, decimals: 2, word: { vi: "tỷ", en: "billion" } },
  ],
  VND: [
    FULL.VND,
    { exponent: 6, decimals: 1, word: { vi: "triệu", en: "million" } },
    { exponent: 9, decimals: 1, word: { vi: "tỷ", en: "billion" } },
    { exponent: 12, decimals: 1, word: { vi: "nghìn tỷ", en: "trillion" } },
  ],
};

const CURRENCY_WORD: Record<Locale, Record<Currency, string>> = {
  vi: { USD: "USD", VND: "đồng" },
  en: { USD: "USD", VND: "VND" },
};

/** The amount in a unit, rounded half-up for display. */
function inScale(absolute: Decimal, scale: Scale): Decimal {
  return roundHalfUp(absolute.div(new Dec(10).pow(scale.exponent)), scale.decimals);
}

/**
 * The unit for an absolute amount: the largest one the amount reaches, moved up while the
 * rounded value would reach the next one (999,95 million → "1 tỷ", never "1.000 triệu").
 */
function pickScale(absolute: Decimal, scales: readonly Scale[]): Scale {
  let index = 0;
  scales.forEach((scale, i) => {
    if (absolute.gte(new Dec(10).pow(scale.exponent))) index = i;
  });
  for (;;) {
    const current = scales[index];
    const next = scales[index + 1];
    if (current === undefined) throw new Error("money scales must not be empty");
    if (next === undefined) return current;
    const shown = inScale(absolute, current).times(new Dec(10).pow(current.exponent));
    if (shown.lt(new Dec(10).pow(next.exponent))) return current;
    index += 1;
  }
}

/**
 * Writes an amount in one unit. A full USD amount with cents shows both digits
 * ("1.234,50 USD"); scaled amounts drop trailing zeros ("346 triệu", not "346,0 triệu").
 * The minus sign leads the whole expression (vi "-346 triệu USD", en "-USD 346 million")
 * and disappears when the amount rounds to zero.
 */
function write(amount: Decimal, scale: Scale, currency: Currency, locale: Locale): string {
  const shown = inScale(amount.abs(), scale);
  const minDecimals = scale.word === null && !shown.isInteger() ? scale.decimals : 0;
  const number = formatDecimal(shown, locale, minDecimals, scale.decimals);
  const sign = amount.isNegative() && !shown.isZero() ? "-" : "";
  const value = scale.word === null ? number : `${number} ${scale.word[locale]}`;
  const unit = CURRENCY_WORD[locale][currency];
  return locale === "vi" ? `${sign}${value} ${unit}` : `${sign}${unit} ${value}`;
}

/**
 * An amount in the units bulletins use, for cards and prose.
 * USD: vi "500.000 USD", "612,4 triệu USD", "1,48 tỷ USD"; en "USD 500,000", "USD 612.4 million", "USD 1.48 billion".
 * VND: vi "500.000 đồng", "31,1 tỷ đồng", "258,8 nghìn tỷ đồng"; en "VND 500,000", "VND 31.1 billion", "VND 258.8 trillion".
 * The unit is chosen by the absolute value; null/NaN → "—".
 */
export function formatMoney(
  amount: DecimalInput | null | undefined,
  currency: Currency,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const decimal = toDecimal(amount);
  if (decimal === null) return MISSING;
  return write(decimal, pickScale(decimal.abs(), SCALES[currency]), currency, locale);
}

/**
 * The full amount, for tables: USD with cents (two digits when present), VND to the đồng.
 * vi "1.234.567,89 USD", "1.234.567 đồng"; en "USD 1,234,567.89", "VND 1,234,567".
 */
export function formatMoneyExact(
  amount: DecimalInput | null | undefined,
  currency: Currency,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const decimal = toDecimal(amount);
  if (decimal === null) return MISSING;
  return write(decimal, FULL[currency], currency, locale);
}
