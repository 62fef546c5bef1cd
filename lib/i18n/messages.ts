import en from "./messages/en.json";
import vi from "./messages/vi.json";
import type { Locale } from "./locale";

export type Messages = typeof vi;

const CATALOGS: Record<Locale, Messages> = { vi, en };

export function loadMessages(locale: Locale): Messages {
  return CATALOGS[locale];
}
