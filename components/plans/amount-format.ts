import { formatCount, formatMoney, formatMoneyExact, formatNumber, type Locale } from "@/lib/format";
import type { Indicator } from "@/lib/generated/prisma/enums";
import { amountSpecOf, INDICATOR_UNITS } from "@/lib/plans/schemas";

/** A stored amount as it is typed back into a field ("1.234,5" in vi), empty for none. */
export function toFieldText(value: string | null | undefined, indicator: Indicator, locale: Locale): string {
  if (value === null || value === undefined) return "";
  return formatNumber(value, locale, { maxDecimals: amountSpecOf(indicator).decimals });
}

/** The exact amount with its unit, for tables: "1.234.567 đồng", "USD 12,345.50", "1.500". */
export function formatExact(value: string, indicator: Indicator, locale: Locale): string {
  const unit = INDICATOR_UNITS[indicator];
  return unit === "VND" || unit === "USD" ? formatMoneyExact(value, unit, locale) : formatCount(value, locale);
}

/** The amount in bulletin units ("258,8 nghìn tỷ đồng"), counts as counts. */
export function formatShort(value: string, indicator: Indicator, locale: Locale): string {
  const unit = INDICATOR_UNITS[indicator];
  return unit === "VND" || unit === "USD" ? formatMoney(value, unit, locale) : formatCount(value, locale);
}
