import { describe, expect, it } from "vitest";
import { loadMessages } from "./messages";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("has every Vietnamese text in English too, and no empty text", () => {
    const vi = keys(loadMessages("vi")).sort();
    const en = keys(loadMessages("en")).sort();
    expect(en).toEqual(vi);
    for (const locale of ["vi", "en"] as const) {
      const flat = JSON.stringify(loadMessages(locale));
      expect(flat).not.toContain('""');
    }
  });
});
