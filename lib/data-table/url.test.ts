import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { offsetOf, toPage, totalPagesOf } from "./paging";
import { nextQueryString } from "./query-string";
import { defineSortWhitelist } from "./sort";
import { firstParam, listParam, parseColumns, parsePage, parsePerPage } from "./url";

describe("forgiving URL parsing", () => {
  it("reads a page number, and anything else as page 1", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage("100000")).toBe(100000);
    for (const bad of [undefined, "", "0", "-1", "1.5", "2e3", "abc", "3abc", " 3", "999999", "1000000", "0x10", "NaN", "Infinity", "１"]) {
      expect(parsePage(bad)).toBe(1);
    }
  });

  it("offers 25, 50 or 100 rows, and 25 for anything else", () => {
    expect([parsePerPage("25"), parsePerPage("50"), parsePerPage("100")]).toEqual([25, 50, 100]);
    for (const bad of [undefined, "", "10", "0", "-25", "25.0", "1000", "all", "1e2"]) expect(parsePerPage(bad)).toBe(25);
  });

  it("reads first values and lists from a record or URLSearchParams", () => {
    expect(firstParam({ q: ["  a  ", "b"] }, "q")).toBe("a");
    expect(firstParam({ q: "   " }, "q")).toBeUndefined();
    expect(firstParam(new URLSearchParams("q=x&q=y"), "q")).toBe("x");
    expect(listParam({ status: "ACTIVE, EXTENDED,,ACTIVE" }, "status")).toEqual(["ACTIVE", "EXTENDED"]);
    expect(listParam(new URLSearchParams("s=a&s=b,c"), "s")).toEqual(["a", "b", "c"]);
    expect(listParam({}, "s")).toEqual([]);
    expect(listParam({ s: Array.from({ length: 500 }, (_, i) => `v${i}`).join(",") }, "s")).toHaveLength(50);
  });

  it("keeps known columns in their defined order, and the default for none", () => {
    const known = ["code", "name", "capital"] as const;
    expect(parseColumns({ cols: "capital,code,evil" }, known)).toEqual(["code", "capital"]);
    expect(parseColumns({ cols: "evil,<script>" }, known)).toBeUndefined();
    expect(parseColumns({}, known)).toBeUndefined();
  });
});

describe("the sort whitelist", () => {
  const sorts = defineSortWhitelist(["name", "date"], { key: "date", dir: "desc" });

  it("falls back to the default for an unknown key, and to a sensible direction for a bad one", () => {
    expect(sorts.parse("name", "asc")).toEqual({ key: "name", dir: "asc" });
    expect(sorts.parse("name", "desc")).toEqual({ key: "name", dir: "desc" });
    expect(sorts.parse("name", "sideways")).toEqual({ key: "name", dir: "asc" });
    expect(sorts.parse("date", undefined)).toEqual({ key: "date", dir: "desc" });
    for (const bad of [undefined, "", "NAME", "name ", 'name"; DROP TABLE x; --', "__proto__", "toString", "constructor"]) {
      expect(sorts.parse(bad, "asc")).toEqual({ key: "date", dir: "desc" });
    }
  });

  it("refuses, for data functions, anything outside it", () => {
    expect(sorts.assert({ key: "name", dir: "asc" })).toEqual({ key: "name", dir: "asc" });
    for (const bad of [{ key: "id; --", dir: "asc" }, { key: "name", dir: "ASC" }, { key: 1, dir: "asc" }, { key: "toString", dir: "desc" }]) {
      const error = (() => {
        try {
          sorts.assert(bad);
          return null;
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
    }
  });
});

describe("the paging contract", () => {
  it("computes pages and offsets", () => {
    expect(totalPagesOf(0, 25)).toBe(1);
    expect(totalPagesOf(25, 25)).toBe(1);
    expect(totalPagesOf(26, 25)).toBe(2);
    expect(offsetOf(3, 50)).toBe(100);
    expect(toPage(["a"], 51, 3, 25)).toEqual({ data: ["a"], count: 51, page: 3, perPage: 25, totalPages: 3 });
  });
});

describe("writing the state back into the URL", () => {
  it("changes some parameters and keeps the others", () => {
    expect(nextQueryString("type=FDI&sort=name&page=3", { sort: "capital", dir: "desc" })).toBe("?type=FDI&sort=capital&page=3&dir=desc");
    expect(nextQueryString("type=FDI&page=3", { status: ["ACTIVE", "EXTENDED"] }, { resetPage: true })).toBe("?type=FDI&status=ACTIVE,EXTENDED");
  });

  it("removes a parameter set to nothing", () => {
    expect(nextQueryString("type=FDI&q=abc", { q: "", type: null })).toBe("");
    expect(nextQueryString(new URLSearchParams("status=ACTIVE"), { status: [] })).toBe("");
    expect(nextQueryString("", { page: 2 })).toBe("?page=2");
  });

  it("encodes what a user types, so a link reads back the same text", () => {
    for (const q of ["Công ty & 100%_x #1", "a,b", "%2C", "x=y&z", "+ plus"]) {
      expect(new URLSearchParams(nextQueryString("", { q })).get("q")).toBe(q);
    }
  });
});
