/** The two languages the dashboard is shown in. Vietnamese is the default. */
export type Locale = "vi" | "en";

export const DEFAULT_LOCALE: Locale = "vi";

/** How the app shows a missing or non-computable value (null, NaN, division by zero). */
export const MISSING = "—";

/** BCP 47 tag handed to Intl: vi → "1.967,5", en → "1,967.5". */
export function intlTag(locale: Locale): string {
  return locale === "vi" ? "vi-VN" : "en-US";
}
