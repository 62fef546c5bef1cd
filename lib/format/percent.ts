import { toDecimal, type DecimalInput } from "./decimal";
import { DEFAULT_LOCALE, MISSING, type Locale } from "./locale";
import { formatDecimal } from "./number";

/**
 * A percentage given directly (75.6 → vi "75,6%", en "75.6%"), with at most `decimals`
 * digits and no space before "%". null, NaN or ±Infinity → "—".
 */
export function formatPercentValue(
  percent: DecimalInput | null | undefined,
  locale: Locale = DEFAULT_LOCALE,
  decimals = 1,
): string {
  const decimal = toDecimal(percent);
  if (decimal === null) return MISSING;
  return `${formatDecimal(decimal, locale, 0, decimals)}%`;
}

/**
 * A ratio shown as a percentage (0.756 → vi "75,6%", en "75.6%"). The ×100 is exact.
 * null, NaN or ±Infinity (a division by zero upstream) → "—".
 */
export function formatPercent(
  ratio: DecimalInput | null | undefined,
  locale: Locale = DEFAULT_LOCALE,
  decimals = 1,
): string {
  const decimal = toDecimal(ratio);
  if (decimal === null) return MISSING;
  return formatPercentValue(decimal.times(100), locale, decimals);
}
