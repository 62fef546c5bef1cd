import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { findZones, type ZoneList } from "./find-zones";
import { parseZoneListParams, ZONE_COLUMNS, type ZoneListInput, type ZoneSortKey } from "./list-params";
import { makeTestZones, type TestZones, type ZoneLabel } from "./test-zones";

// The province of lib/zones/test-zones.ts (its table has every figure used here).
let zones: TestZones;
let viewer: CurrentUser;
const ids = (...labels: ZoneLabel[]) => labels.map((l) => zones[l]);
const idsOf = (list: ZoneList) => list.data.map((r) => r.id);
const list = (input: ZoneListInput = {}) => findZones(viewer, input);
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

beforeAll(async () => {
  viewer = await makeUser("VIEWER");
  zones = await makeTestZones();
});

describe("findZones: rows", () => {
  it("computes leased land, occupancy, active secondary projects and the latest clearance per zone", async () => {
    const result = await list();
    const byId = new Map(result.data.map((r) => [r.id, r]));
    // A: 116 + 20 = 136 ha of 200 → 0.68; latest progress 2025-01-01: 200 of 250 ha → 0.8.
    expect(byId.get(zones.A)).toMatchObject({
      code: "KCN-01",
      kind: "KCN",
      status: "OPERATING",
      district: "Huyện Yên Phong",
      totalAreaHa: "300",
      leasableAreaHa: "200",
      leasedHa: "136",
      occupancy: "0.68",
      activeSecondary: 2,
      activeSecondaryFdi: 1,
      activeSecondaryDdi: 1,
      clearance: "0.8",
      landClearedHa: "200",
      landToClearHa: "250",
      progressOn: new Date("2025-01-01T00:00:00Z"),
      infrastructureStatus: "BASICALLY_COMPLETE",
    });
    // B: the terminated project's 30 ha are free: 80 of 160 → 0.5; 30 of 120 ha cleared → 0.25.
    expect(byId.get(zones.B)).toMatchObject({ leasedHa: "80", occupancy: "0.5", activeSecondary: 1, clearance: "0.25" });
    // C: nothing leased, no progress.
    expect(byId.get(zones.C)).toMatchObject({ leasedHa: "0", occupancy: "0", activeSecondary: 0, clearance: null, landToClearHa: null, progressOn: null });
    // D: 50 of 40 → 1.25 (over-full); an entry with nothing to clear has no clearance rate.
    expect(byId.get(zones.D)).toMatchObject({ leasedHa: "50", occupancy: "1.25", clearance: null, landClearedHa: "0", landToClearHa: "0" });
    // E: no leasable land → no occupancy, no error.
    expect(byId.get(zones.E)).toMatchObject({ leasableAreaHa: "0", leasedHa: "2", occupancy: null });
    // F is archived: never listed.
    expect(byId.has(zones.F)).toBe(false);
    expect(result.count).toBe(5);
  });
});

describe("findZones: the summary strip", () => {
  it("counts by status, sums the area, and takes the occupancy of the established zones, for all zones", async () => {
    expect((await list()).summary).toEqual({
      count: 5,
      byStatus: { PLANNED: 1, ESTABLISHED: 2, OPERATING: 2 },
      totalAreaHa: "1020", // 300 + 150 + 500 + 50 + 20
      establishedAreaHa: "520", // A, B, D, E: 300 + 150 + 50 + 20
      // (136 + 80 + 50 + 2) ÷ (200 + 160 + 40 + 0) = 268 ÷ 400 = 0.67 (C is planned: left out)
      occupancy: { establishedZones: 4, leasableHa: "400", leasedHa: "268", occupancy: "0.67" },
    });
  });

  it("follows the filters, over all pages", async () => {
    expect((await list({ kind: "KCN", perPage: 25, page: 2 })).summary).toEqual({
      count: 3,
      byStatus: { PLANNED: 1, ESTABLISHED: 1, OPERATING: 1 },
      totalAreaHa: "950",
      establishedAreaHa: "450",
      occupancy: { establishedZones: 2, leasableHa: "360", leasedHa: "216", occupancy: "0.6" }, // (136 + 80) ÷ (200 + 160)
    });
    // CCN: (50 + 2) ÷ (40 + 0) = 1.3.
    expect((await list({ kind: "CCN" })).summary.occupancy).toEqual({ establishedZones: 2, leasableHa: "40", leasedHa: "52", occupancy: "1.3" });
    // Only E: no leasable land at all → no occupancy.
    expect((await list({ q: "dong nguyen" })).summary.occupancy).toEqual({ establishedZones: 1, leasableHa: "0", leasedHa: "2", occupancy: null });
    expect((await list({ q: "nothing like it" })).summary).toEqual({
      count: 0,
      byStatus: { PLANNED: 0, ESTABLISHED: 0, OPERATING: 0 },
      totalAreaHa: "0",
      establishedAreaHa: "0",
      occupancy: { establishedZones: 0, leasableHa: "0", leasedHa: "0", occupancy: null },
    });
  });
});

describe("findZones: filters", () => {
  const cases: [string, ZoneListInput, ZoneLabel[]][] = [
    ["no filter", {}, ["A", "B", "C", "D", "E"]],
    ["kind KCN", { kind: "KCN" }, ["A", "B", "C"]],
    ["kind CCN", { kind: "CCN" }, ["D", "E"]],
    ["status established", { status: ["ESTABLISHED"] }, ["B", "E"]],
    ["status planned or operating", { status: ["PLANNED", "OPERATING"] }, ["A", "C", "D"]],
    ["district", { district: "Huyện Quế Võ" }, ["B", "E"]],
    ["an unknown district", { district: "Huyện Không Có" }, []],
    ["in the plan", { inPlan: "yes" }, ["A", "B", "D", "E"]],
    ["outside the plan", { inPlan: "no" }, ["C"]],
    ["prioritised in any period", { priority: "any" }, ["A", "B", "D"]],
    ["not prioritised", { priority: "none" }, ["C", "E"]],
    ["priority 2021–2025", { priority: "2021-2025" }, ["A", "D"]],
    ["priority 2026–2030", { priority: "2026-2030" }, ["B"]],
    ["prioritised in 2021, the first year of a period", { prioritisedIn: 2021 }, ["A", "D"]],
    ["prioritised in 2025, the last year of a period", { prioritisedIn: 2025 }, ["A", "D"]],
    ["prioritised in 2026", { prioritisedIn: 2026 }, ["B"]],
    ["prioritised in 2020, before every period", { prioritisedIn: 2020 }, []],
    ["construction plan not approved (none is, here)", { planApproved: "no" }, ["A", "B", "C", "D", "E"]],
    ["construction plan approved", { planApproved: "yes" }, []],
    ["infrastructure basically complete", { infra: ["BASICALLY_COMPLETE"] }, ["A", "D"]],
    ["infrastructure not started or under construction", { infra: ["NOT_STARTED", "UNDER_CONSTRUCTION"] }, ["B", "C", "E"]],
    ["text without accents", { q: "phuoc loc" }, ["A"]],
    ["text over the code", { q: "kcn-0" }, ["A", "B", "C"]],
    ["text in capitals with accents", { q: "ĐỒNG NGUYÊN" }, ["E"]],
    ["CCN in one district (the manager's view)", { kind: "CCN", district: "Huyện Yên Phong" }, ["D"]],
    ["everything at once", { kind: "KCN", status: ["OPERATING"], district: "Huyện Yên Phong", inPlan: "yes", priority: "2021-2025", infra: ["BASICALLY_COMPLETE"], q: "phuoc" }, ["A"]],
  ];
  for (const [name, filters, expected] of cases) {
    it(`${name} → ${expected.join(", ") || "nothing"}`, async () => {
      const result = await list({ ...filters, sort: "code", dir: "asc" });
      expect(new Set(idsOf(result))).toEqual(new Set(ids(...expected)));
      expect(result.count).toBe(expected.length);
    });
  }

  it("treats % and _ in the search as themselves", async () => {
    expect(idsOf(await list({ q: "%" }))).toEqual(ids("C"));
    expect(idsOf(await list({ q: "_" }))).toEqual(ids("C"));
    expect(idsOf(await list({ q: "100%_x" }))).toEqual(ids("C"));
    expect(idsOf(await list({ q: "1__%" }))).toEqual([]);
    expect(idsOf(await list({ q: "\\" }))).toEqual([]);
    for (const q of ["' OR 1=1 --", "'; DROP TABLE \"Zone\"; --"]) expect(await list({ q })).toMatchObject({ data: [], count: 0 });
    expect(await db.zone.count()).toBe(6);
  });
});

describe("findZones: sorting", () => {
  const ascending: Record<ZoneSortKey, ZoneLabel[]> = {
    code: ["D", "E", "A", "B", "C"], // CCN-01 CCN-02 KCN-01 KCN-02 KCN-03
    name: ["D", "E", "C", "A", "B"], // Cụm … An Tiến, Cụm … Đồng Nguyên, Khu … Bắc Thăng Long, … Phước Lộc, … Quế Võ
    kind: ["A", "B", "C", "D", "E"], // enum order KCN, CCN; ties by id
    status: ["C", "B", "E", "A", "D"], // PLANNED, ESTABLISHED, OPERATING
    district: ["B", "E", "A", "C", "D"], // Quế Võ before Yên Phong
    totalArea: ["E", "D", "B", "A", "C"], // 20 50 150 300 500
    leasable: ["E", "D", "B", "A", "C"], // 0 40 160 200 300
    leased: ["C", "E", "D", "B", "A"], // 0 2 50 80 136
    occupancy: ["C", "B", "A", "D", "E"], // 0 0.5 0.68 1.25, then E without occupancy
    projects: ["C", "B", "D", "E", "A"], // 0 1 1 1 2
    clearance: ["B", "A", "C", "D", "E"], // 0.25 0.8, then those without (by id)
    infrastructure: ["C", "E", "B", "A", "D"], // NOT_STARTED, UNDER_CONSTRUCTION, BASICALLY_COMPLETE
  };
  // Missing figures stay last in both directions (ties by id, descending).
  const descending: Partial<Record<ZoneSortKey, ZoneLabel[]>> = {
    occupancy: ["D", "A", "B", "C", "E"],
    clearance: ["A", "B", "E", "D", "C"],
  };

  it("has a case for every column", () => {
    expect(Object.keys(ascending).sort()).toEqual([...ZONE_COLUMNS].sort());
  });

  for (const key of ZONE_COLUMNS) {
    it(`sorts by ${key} ascending and descending`, async () => {
      expect(idsOf(await list({ sort: key, dir: "asc" }))).toEqual(ids(...ascending[key]));
      expect(idsOf(await list({ sort: key, dir: "desc" }))).toEqual(ids(...(descending[key] ?? [...ascending[key]].reverse())));
    });
  }

  it("sorts by code by default", async () => {
    expect(idsOf(await list())).toEqual(ids("D", "E", "A", "B", "C"));
  });

  it("refuses a sort key outside the whitelist before any SQL; a URL with one gets the default", async () => {
    expect(await codeOf(list({ sort: 'code; DROP TABLE "Zone"' as ZoneSortKey }))).toBe("VALIDATION");
    expect(await codeOf(list({ sort: "code", dir: "up" as "asc" }))).toBe("VALIDATION");
    expect(parseZoneListParams({ sort: "password", dir: "x" })).toMatchObject({ sort: "code", dir: "asc" });
  });

  it("refuses other bad values passed directly", async () => {
    for (const bad of [{ page: 0 }, { perPage: 10 }, { kind: "XYZ" }, { priority: "2030-2021" }, { priority: "soon" }, { q: "a".repeat(201) }, { q: "a\u0000b" }, { district: "" }] as ZoneListInput[]) {
      expect(await codeOf(list(bad))).toBe("VALIDATION");
    }
  });
});

describe("parseZoneListParams (the URL)", () => {
  it("reads a full view, forgiving case", () => {
    expect(
      parseZoneListParams({
        kind: "ccn",
        status: "established,OPERATING,nope",
        district: "  Huyện Quế Võ ",
        inPlan: "YES",
        priority: "2021-2025",
        infra: "basically_complete",
        q: "  phuoc ",
        sort: "occupancy",
        dir: "DESC",
        page: "2",
        perPage: "50",
        cols: "code,occupancy,evil",
      }),
    ).toEqual({
      kind: "CCN",
      status: ["ESTABLISHED", "OPERATING"],
      district: "Huyện Quế Võ",
      inPlan: "yes",
      priority: "2021-2025",
      infra: ["BASICALLY_COMPLETE"],
      q: "phuoc",
      sort: "occupancy",
      dir: "desc",
      page: 2,
      perPage: 50,
      cols: ["code", "occupancy"],
    });
  });

  it("turns garbage into the defaults, part by part", () => {
    expect(parseZoneListParams({ kind: "X", status: "<script>", inPlan: "maybe", priority: "2030-2020", infra: "DONE", page: "-1", perPage: "7", q: "   " })).toEqual({
      kind: undefined,
      status: undefined,
      district: undefined,
      inPlan: undefined,
      priority: undefined,
      infra: undefined,
      q: undefined,
      sort: "code",
      dir: "asc",
      page: 1,
      perPage: 25,
      cols: undefined,
    });
    expect(parseZoneListParams({ q: "x".repeat(5000), district: "d".repeat(500) })).toMatchObject({ q: "x".repeat(200), district: "d".repeat(100) });
    expect(parseZoneListParams({ q: "a\u0000b" }).q).toBe("a b");
  });

  it("reads the dashboard's prioritised-in-a-year and approved-plan filters, and drops bad ones", () => {
    expect(parseZoneListParams({ prioritisedIn: "2026", planApproved: "YES" })).toMatchObject({ prioritisedIn: 2026, planApproved: "yes" });
    for (const bad of ["26", "20261", "1800", "2026.5", "x", ""]) expect(parseZoneListParams({ prioritisedIn: bad }).prioritisedIn).toBeUndefined();
    expect(parseZoneListParams({ planApproved: "maybe" }).planApproved).toBeUndefined();
  });
});

describe("findZones: paging", () => {
  // 60 more clusters in a district of their own, so that pages must break ties on the id.
  let bulk: number[] = [];
  const district = "Huyện Phân Trang";

  beforeAll(async () => {
    for (let n = 1; n <= 60; n++) {
      const z = await db.zone.create({ data: { code: `PT-${String(n).padStart(3, "0")}`, name: `Cụm công nghiệp Trang ${n}`, kind: "CCN", district, totalAreaHa: "30", leasableAreaHa: "20" } });
      bulk.push(z.id);
    }
    bulk = [...bulk].sort((a, b) => a - b);
  });

  it("walks pages of 25 without overlap or gap, with the true count; a page past the end is empty", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list({ district, sort: "totalArea", page })));
    expect(pages.map((p) => p.data.length)).toEqual([25, 25, 10]);
    for (const [i, p] of pages.entries()) expect(p).toMatchObject({ count: 60, page: i + 1, perPage: 25, totalPages: 3 });
    expect(pages.flatMap(idsOf)).toEqual(bulk); // equal areas: by id
    expect(await list({ district, page: 4 })).toMatchObject({ data: [], count: 60, page: 4, totalPages: 3 });
    expect((await list({ district, page: 4 })).summary.count).toBe(60);
    const hundred = await list({ district, perPage: 100 });
    expect(hundred.data).toHaveLength(60);
  });
});
