import { describe, expect, it } from "vitest";
import { countryName, countryOptions, KNOWN_COUNTRIES } from "./countries";

describe("country names", () => {
  it("names the investor countries in Vietnamese and English", () => {
    expect(countryName("KR", "vi")).toBe("Hàn Quốc");
    expect(countryName("KR", "en")).toBe("South Korea");
    expect(countryName("vn", "vi")).toBe("Việt Nam");
    expect(countryName("TW", "vi")).toBe("Đài Loan (Trung Quốc)");
    expect(KNOWN_COUNTRIES.length).toBeGreaterThanOrEqual(41);
  });

  it("falls back to Intl for other codes, and to the code itself", () => {
    expect(countryName("ZA", "en")).toBe("South Africa");
    expect(countryName("ZA", "vi")).not.toBe("ZA");
    expect(countryName("XX", "vi")).toBe("XX");
    expect(countryName("<b>", "en")).toBe("<B>");
  });

  it("sorts the options by their name in the language shown", () => {
    const vi = countryOptions("vi").map((c) => c.name);
    expect(vi.indexOf("Ấn Độ")).toBeLessThan(vi.indexOf("Bỉ"));
    expect(vi.indexOf("Đức")).toBeGreaterThan(vi.indexOf("Đan Mạch"));
    const en = countryOptions("en").map((c) => c.code);
    expect(en[0]).toBe("AU");
  });
});
