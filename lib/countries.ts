// Country names for ISO 3166-1 alpha-2 codes, as the board writes them: Vietnamese first, English
// second. The table covers the investor countries of Vietnamese statistics; any other code is
// named by Intl.DisplayNames, and an unknown one is shown as the code itself.
import type { Locale } from "@/lib/format";

type Names = { vi: string; en: string };

const COUNTRIES = {
  VN: { vi: "Việt Nam", en: "Vietnam" },
  KR: { vi: "Hàn Quốc", en: "South Korea" },
  JP: { vi: "Nhật Bản", en: "Japan" },
  SG: { vi: "Singapore", en: "Singapore" },
  TW: { vi: "Đài Loan (Trung Quốc)", en: "Taiwan" },
  HK: { vi: "Hồng Kông (Trung Quốc)", en: "Hong Kong" },
  CN: { vi: "Trung Quốc", en: "China" },
  VG: { vi: "Quần đảo Virgin thuộc Anh", en: "British Virgin Islands" },
  US: { vi: "Hoa Kỳ", en: "United States" },
  TH: { vi: "Thái Lan", en: "Thailand" },
  MY: { vi: "Malaysia", en: "Malaysia" },
  NL: { vi: "Hà Lan", en: "Netherlands" },
  DE: { vi: "Đức", en: "Germany" },
  FR: { vi: "Pháp", en: "France" },
  GB: { vi: "Vương quốc Anh", en: "United Kingdom" },
  AU: { vi: "Úc", en: "Australia" },
  IN: { vi: "Ấn Độ", en: "India" },
  CA: { vi: "Canada", en: "Canada" },
  CH: { vi: "Thụy Sĩ", en: "Switzerland" },
  SE: { vi: "Thụy Điển", en: "Sweden" },
  DK: { vi: "Đan Mạch", en: "Denmark" },
  NO: { vi: "Na Uy", en: "Norway" },
  FI: { vi: "Phần Lan", en: "Finland" },
  BE: { vi: "Bỉ", en: "Belgium" },
  IT: { vi: "Ý", en: "Italy" },
  ES: { vi: "Tây Ban Nha", en: "Spain" },
  AT: { vi: "Áo", en: "Austria" },
  LU: { vi: "Luxembourg", en: "Luxembourg" },
  IE: { vi: "Ireland", en: "Ireland" },
  PL: { vi: "Ba Lan", en: "Poland" },
  CZ: { vi: "Séc", en: "Czechia" },
  HU: { vi: "Hungary", en: "Hungary" },
  RU: { vi: "Nga", en: "Russia" },
  TR: { vi: "Thổ Nhĩ Kỳ", en: "Türkiye" },
  IL: { vi: "Israel", en: "Israel" },
  AE: { vi: "Các Tiểu vương quốc Ả Rập Thống nhất", en: "United Arab Emirates" },
  SA: { vi: "Ả Rập Xê Út", en: "Saudi Arabia" },
  NZ: { vi: "New Zealand", en: "New Zealand" },
  ID: { vi: "Indonesia", en: "Indonesia" },
  PH: { vi: "Philippines", en: "Philippines" },
  KH: { vi: "Campuchia", en: "Cambodia" },
  LA: { vi: "Lào", en: "Laos" },
  MM: { vi: "Myanmar", en: "Myanmar" },
  BN: { vi: "Brunei", en: "Brunei" },
  KY: { vi: "Quần đảo Cayman", en: "Cayman Islands" },
  BM: { vi: "Bermuda", en: "Bermuda" },
  SC: { vi: "Seychelles", en: "Seychelles" },
  MU: { vi: "Mauritius", en: "Mauritius" },
  WS: { vi: "Samoa", en: "Samoa" },
  BS: { vi: "Bahamas", en: "Bahamas" },
  CY: { vi: "Síp", en: "Cyprus" },
  BR: { vi: "Brazil", en: "Brazil" },
  MX: { vi: "Mexico", en: "Mexico" },
} as const satisfies Record<string, Names>;

/** The codes this table names itself, in table order (the larger investors first). */
export const KNOWN_COUNTRIES = Object.keys(COUNTRIES) as (keyof typeof COUNTRIES)[];

const ALPHA_2 = /^[A-Z]{2}$/;

export function isCountryCode(value: string): boolean {
  return ALPHA_2.test(value);
}

const displayNames = new Map<Locale, Intl.DisplayNames | null>();

function intlName(code: string, locale: Locale): string | undefined {
  if (!displayNames.has(locale)) {
    try {
      displayNames.set(locale, new Intl.DisplayNames([locale === "vi" ? "vi-VN" : "en"], { type: "region", fallback: "none" }));
    } catch {
      displayNames.set(locale, null);
    }
  }
  try {
    return displayNames.get(locale)?.of(code) ?? undefined;
  } catch {
    return undefined;
  }
}

/** "KR" → "Hàn Quốc" (vi) / "South Korea" (en); an unknown code is shown as itself. */
export function countryName(code: string, locale: Locale): string {
  const upper = code.trim().toUpperCase();
  const known = (COUNTRIES as Record<string, Names>)[upper];
  if (known) return known[locale];
  return (isCountryCode(upper) && intlName(upper, locale)) || upper;
}

/** The named countries, sorted by their name in `locale` (for filter selects). */
export function countryOptions(locale: Locale): { code: string; name: string }[] {
  const collator = new Intl.Collator(locale === "vi" ? "vi-VN" : "en");
  return KNOWN_COUNTRIES.map((code) => ({ code, name: COUNTRIES[code][locale] })).sort((a, b) => collator.compare(a.name, b.name));
}
