import { DEFAULT_LOCALE, type Locale } from "./locale";

export type ParseDecimalResult =
  | { ok: true; value: string }
  | { ok: false; reason: "empty" | "invalid" | "too_long" };

/** Most digits a value may carry (integer digits + fraction digits, insignificant zeros removed). */
export const MAX_DIGITS = 28;

/** Longer raw input is refused before any pattern runs. */
const MAX_INPUT_LENGTH = 100;

interface Separators {
  group: string;
  decimal: string;
}

const SEPARATORS: Record<Locale, Separators> = {
  vi: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

function escape(character: string): string {
  return `\\${character}`;
}

/**
 * sign? integer (fraction)? where the integer is either plain digits ("1234567") or
 * correctly grouped by three ("1.234.567", first group 1-3 digits, not starting with 0).
 */
function pattern({ group, decimal }: Separators): RegExp {
  const grouped = `[1-9]\\d{0,2}(?:${escape(group)}\\d{3})+`;
  return new RegExp(`^([-\u2212]?)(\\d+|${grouped})(?:${escape(decimal)}(\\d+))?$`);
}

const PATTERNS: Record<Locale, RegExp> = { vi: pattern(SEPARATORS.vi), en: pattern(SEPARATORS.en) };

/**
 * Reads a number typed in a form, never throwing.
 * vi: "." always groups thousands and "," always marks decimals ("1.234.567,89", "1234567,89", "-1.234,5");
 * en mirrors it ("1,234,567.89"). Surrounding spaces (including non-breaking) are ignored.
 * Refused: letters, exponents, Infinity, bad grouping ("1.23.4"), two decimal separators ("1,2,3"),
 * a separator with no digits on one side (",5", "5,"). More than 28 digits → "too_long".
 * On success, value is canonical: "-1234.5", "1234567.89", "0" (no leading or trailing zeros, no "-0").
 */
export function parseDecimal(input: string, locale: Locale = DEFAULT_LOCALE): ParseDecimalResult {
  const text = input.trim();
  if (text === "") return { ok: false, reason: "empty" };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, reason: "too_long" };
  const match = PATTERNS[locale].exec(text);
  if (!match) return { ok: false, reason: "invalid" };
  const [, sign = "", integerPart = "", fractionPart = ""] = match;
  const integer = integerPart.split(SEPARATORS[locale].group).join("").replace(/^0+/, "");
  const fraction = fractionPart.replace(/0+$/, "");
  if (integer.length + fraction.length > MAX_DIGITS) return { ok: false, reason: "too_long" };
  if (integer === "" && fraction === "") return { ok: true, value: "0" };
  const negative = sign !== "" ? "-" : "";
  const value = `${negative}${integer === "" ? "0" : integer}${fraction === "" ? "" : `.${fraction}`}`;
  return { ok: true, value };
}
