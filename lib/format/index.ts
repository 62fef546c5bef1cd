export { DEFAULT_LOCALE, MISSING, type Locale } from "./locale";
export { toDecimal, type DecimalInput, type DecimalLike } from "./decimal";
export { formatArea, formatCount, formatNumber, type NumberFormatOptions } from "./number";
export { formatPercent, formatPercentValue } from "./percent";
export { formatMoney, formatMoneyExact, type Currency } from "./money";
export { APP_TIME_ZONE, formatDate, formatDateTime, toDate, type DateInput } from "./date";
export { MAX_DIGITS, parseDecimal, type ParseDecimalResult } from "./parse-decimal";
export { parseDateVi, type ParseDateResult } from "./parse-date";
