import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Currency, InvestmentType, ProjectStatus } from "@/lib/generated/prisma/enums";
import { describePermissionMatrix } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { findProjects, type ProjectList } from "./find-projects";
import { parseProjectListParams, PROJECT_COLUMNS, type ProjectListInput, type ProjectSortKey } from "./list-params";

// A hand-made province: five investors, three zones, seven live projects (P1–P7) and one archived
// (P8), with capitals built from amendments, two currencies and pinned exchange rates. Every
// expected order below was worked out by hand from this table.
//
// label code    type investor (country)  zone     vsic   capital (currency → USD at 25.000)   status      IRC date
// P1    DA-001  FDI  Samsung Display (KR) KCN-01   C2610  1.500.000,00 USD                     ACTIVE      2024-03-15
// P2    DA-002  DDI  Minh Phát (VN)       CCN-01   C2392  50.000.000.000 VND → 2.000.000,00    ACTIVE      2023-07-01
// P3    DA-003  FDI  Toyota Boshoku (JP)  KCN-02   C2930  800.000,00 USD                       SUSPENDED   2025-01-10
// P4    DA-004  DDI  Minh Phát (VN)       —        H5210  12.345.678.901 VND → 493.827,16      EXTENDED    2022-11-20
// P5    DA-005  FDI  Cheng Loong (TW)     KCN-01   C1702  3.000.000,50 USD                     TERMINATED  2021-05-05
// P6    DA-006  FDI  Samsung Display (KR) —        M7210  250.000,00 USD                       ACTIVE      2025-06-01
// P7    DA-007  FDI  O'Brien (GB)         KCN-02   C2599  1.000.000,00 USD                     REVOKED     2020-02-02
// P8    DA-008  FDI  Samsung Display (KR) KCN-01   C2610  5.000.000,00 USD (archived)          ACTIVE      2024-08-08

const REPORT_DATE = new Date("2026-06-30T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Label = "P1" | "P2" | "P3" | "P4" | "P5" | "P6" | "P7" | "P8";
const id: Record<Label, number> = { P1: 0, P2: 0, P3: 0, P4: 0, P5: 0, P6: 0, P7: 0, P8: 0 };
const ids = (...labels: Label[]) => labels.map((l) => id[l]);
let viewer: CurrentUser;
let zoneKcn2Id = 0;

async function list(input: ProjectListInput = {}, on = REPORT_DATE): Promise<ProjectList> {
  return findProjects(viewer, input, { on });
}
const idsOf = (result: ProjectList) => result.data.map((r) => r.id);
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

beforeAll(async () => {
  viewer = await makeUser("VIEWER");
  const investor = (name: string, country: string, identifier: string) => db.investor.create({ data: { name, country, identifier } });
  const samsung = await investor("Samsung Display Co., Ltd", "KR", "KR-001");
  const minhPhat = await investor("Công ty Cổ phần Minh Phát", "VN", "0101234567");
  const toyota = await investor("Toyota Boshoku Corporation", "JP", "JP-001");
  const cheng = await investor("Cheng Loong 100%_Holdings", "TW", "TW-001");
  const obrien = await investor("O'Brien Holdings Ltd", "GB", "GB-001");

  const zone = (code: string, name: string, kind: "KCN" | "CCN") =>
    db.zone.create({ data: { code, name, kind, district: "Yên Phong", totalAreaHa: "300", leasableAreaHa: "200" } });
  const kcn1 = await zone("KCN-01", "KCN Yên Phong", "KCN");
  const kcn2 = await zone("KCN-02", "KCN Quế Võ", "KCN");
  const ccn1 = await zone("CCN-01", "CCN Đồng Nguyên", "CCN");
  zoneKcn2Id = kcn2.id;

  type Spec = {
    label: Label;
    name: string;
    type: InvestmentType;
    lead: { id: number; country: string };
    zoneId: number | null;
    vsic: string;
    currency: Currency;
    initial: string;
    deltas: string[];
    status: ProjectStatus;
    irc: string;
    archived?: boolean;
  };
  const specs: Spec[] = [
    { label: "P1", name: "Nhà máy Samsung Display mở rộng", type: "FDI", lead: samsung, zoneId: kcn1.id, vsic: "C2610", currency: "USD", initial: "1000000.00", deltas: ["600000.00", "-100000.00"], status: "ACTIVE", irc: "2024-03-15" },
    { label: "P2", name: "Công ty Minh Phát - Nhà máy gạch", type: "DDI", lead: minhPhat, zoneId: ccn1.id, vsic: "C2392", currency: "VND", initial: "40000000000", deltas: ["10000000000"], status: "ACTIVE", irc: "2023-07-01" },
    { label: "P3", name: "Toyota Boshoku linh kiện", type: "FDI", lead: toyota, zoneId: kcn2.id, vsic: "C2930", currency: "USD", initial: "800000.00", deltas: [], status: "SUSPENDED", irc: "2025-01-10" },
    { label: "P4", name: "Kho vận Minh Phát", type: "DDI", lead: minhPhat, zoneId: null, vsic: "H5210", currency: "VND", initial: "12000000000", deltas: ["345678901"], status: "EXTENDED", irc: "2022-11-20" },
    { label: "P5", name: "Cheng Loong giấy bao bì", type: "FDI", lead: cheng, zoneId: kcn1.id, vsic: "C1702", currency: "USD", initial: "2000000.50", deltas: ["1500000.00", "-500000.00"], status: "TERMINATED", irc: "2021-05-05" },
    { label: "P6", name: "Samsung R&D", type: "FDI", lead: samsung, zoneId: null, vsic: "M7210", currency: "USD", initial: "250000.00", deltas: [], status: "ACTIVE", irc: "2025-06-01" },
    { label: "P7", name: "Nhà máy O'Brien", type: "FDI", lead: obrien, zoneId: kcn2.id, vsic: "C2599", currency: "USD", initial: "1000000.00", deltas: [], status: "REVOKED", irc: "2020-02-02" },
    { label: "P8", name: "Dự án đã lưu trữ Samsung", type: "FDI", lead: samsung, zoneId: kcn1.id, vsic: "C2610", currency: "USD", initial: "5000000.00", deltas: [], status: "ACTIVE", irc: "2024-08-08", archived: true },
  ];
  for (const [index, s] of specs.entries()) {
    const n = index + 1;
    let capital = Number(s.initial) * 100; // cents, exact for these amounts
    const project = await db.project.create({
      data: {
        code: `DA-00${n}`,
        ircNumber: `210${n}00000${n}`,
        ircFirstIssuedOn: day(s.irc),
        ircIssuingAgency: "Ban Quản lý các KCN",
        name: s.name,
        type: s.type,
        leadInvestorId: s.lead.id,
        originCountry: s.lead.country,
        zoneId: s.zoneId,
        vsicCode: s.vsic,
        vsicSection: s.vsic.slice(0, 1),
        currency: s.currency,
        initialCapital: s.initial,
        currentCapital: s.initial,
        status: s.status,
        archivedAt: s.archived ? new Date() : null,
        investors: { create: { investorId: s.lead.id, isLead: true } },
      },
    });
    for (const [k, delta] of s.deltas.entries()) {
      const before = capital;
      capital += Number(delta) * 100;
      await db.amendment.create({
        data: {
          projectId: project.id,
          number: k + 1,
          amendedOn: day(`2025-0${k + 1}-15`),
          capitalDelta: delta,
          capitalBefore: (before / 100).toFixed(2),
          capitalAfter: (capital / 100).toFixed(2),
        },
      });
    }
    await db.project.update({ where: { id: project.id }, data: { currentCapital: (capital / 100).toFixed(2) } });
    id[s.label] = project.id;
  }

  // The board's convention (SBV central rate in force on the report date) picks 25.000 of 2026-01-01:
  // not the older one, not one that takes effect after the report date, not another source's.
  await db.exchangeRate.createMany({
    data: [
      { rate: "24000", effectiveOn: day("2025-01-01"), source: "SBV_CENTRAL" },
      { rate: "25000", effectiveOn: day("2026-01-01"), source: "SBV_CENTRAL" },
      { rate: "26000", effectiveOn: day("2026-07-15"), source: "SBV_CENTRAL" },
      { rate: "23000", effectiveOn: day("2026-03-01"), source: "IRC" },
    ],
  });
});

describe("findProjects: rows, capital and its USD conversion", () => {
  it("derives each row's capital from the ledger and converts it with the one pinned rate", async () => {
    const result = await list({ sort: "code", dir: "asc" });
    expect(result.rate).toMatchObject({ rate: "25000", source: "SBV_CENTRAL" });
    expect(result.rate?.effectiveOn.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(result.reportDate.toISOString()).toBe("2026-06-30T00:00:00.000Z");
    const byCode = Object.fromEntries(result.data.map((r) => [r.code, r]));
    // 1.000.000 + 600.000 − 100.000
    expect(byCode["DA-001"]).toMatchObject({ currency: "USD", currentCapital: "1500000.00", currentCapitalUsd: "1500000.00" });
    // 40 tỷ + 10 tỷ = 50.000.000.000 VND ÷ 25.000 = 2.000.000,00 USD
    expect(byCode["DA-002"]).toMatchObject({ currency: "VND", currentCapital: "50000000000.00", currentCapitalUsd: "2000000.00" });
    // 12.345.678.901 ÷ 25.000 = 493.827,15604 → 493.827,16 (half-up, to the cent)
    expect(byCode["DA-004"]).toMatchObject({ currency: "VND", currentCapital: "12345678901.00", currentCapitalUsd: "493827.16" });
    // 2.000.000,50 + 1.500.000 − 500.000
    expect(byCode["DA-005"]?.currentCapital).toBe("3000000.50");
  });

  it("returns what a row shows: investor and country, zone or none, status, IRC date", async () => {
    const result = await list({ sort: "code", dir: "asc" });
    const [p1] = result.data;
    expect(p1).toMatchObject({
      id: id.P1,
      code: "DA-001",
      name: "Nhà máy Samsung Display mở rộng",
      type: "FDI",
      status: "ACTIVE",
      ircNumber: "2101000001",
      leadInvestor: { name: "Samsung Display Co., Ltd", country: "KR" },
      originCountry: "KR",
      zone: { code: "KCN-01", name: "KCN Yên Phong", kind: "KCN" },
      vsicCode: "C2610",
      vsicSection: "C",
      archived: false,
    });
    expect(p1?.ircFirstIssuedOn.toISOString()).toBe("2024-03-15T00:00:00.000Z");
    expect(result.data.find((r) => r.id === id.P4)?.zone).toBeNull();
  });

  it("leaves VND rows unconverted, and says so, when no rate is in force", async () => {
    const result = await list({ sort: "code", dir: "asc" }, day("2019-01-01"));
    expect(result.rate).toBeNull();
    expect(result.data.find((r) => r.id === id.P2)?.currentCapitalUsd).toBeNull();
    expect(result.data.find((r) => r.id === id.P1)?.currentCapitalUsd).toBe("1500000.00");
  });
});

describe("findProjects: filters", () => {
  const cases: [string, ProjectListInput, Label[]][] = [
    ["no filter (archived excluded)", {}, ["P1", "P2", "P3", "P4", "P5", "P6", "P7"]],
    ["type FDI", { type: "FDI" }, ["P1", "P3", "P5", "P6", "P7"]],
    ["type DDI", { type: "DDI" }, ["P2", "P4"]],
    ["one status", { status: ["ACTIVE"] }, ["P1", "P2", "P6"]],
    ["several statuses", { status: ["SUSPENDED", "EXTENDED"] }, ["P3", "P4"]],
    ["inside any KCN", { zone: "KCN" }, ["P1", "P3", "P5", "P7"]],
    ["inside any CCN", { zone: "CCN" }, ["P2"]],
    ["outside every zone", { zone: "none" }, ["P4", "P6"]],
    ["country", { country: "KR" }, ["P1", "P6"]],
    ["VSIC section C", { vsic: "C" }, ["P1", "P2", "P3", "P5", "P7"]],
    ["VSIC section M", { vsic: "M" }, ["P6"]],
    ["IRC from (inclusive)", { ircFrom: "2023-07-01" }, ["P1", "P2", "P3", "P6"]],
    ["IRC to (inclusive)", { ircTo: "2022-11-20" }, ["P4", "P5", "P7"]],
    ["IRC range, both ends inclusive", { ircFrom: "2023-07-01", ircTo: "2024-03-15" }, ["P1", "P2"]],
    ["text over the name", { q: "samsung" }, ["P1", "P6"]],
    ["text over the code", { q: "da-003" }, ["P3"]],
    ["text over the IRC number", { q: "2105000005" }, ["P5"]],
    ["text over the lead investor", { q: "toyota boshoku corp" }, ["P3"]],
    ["accent-insensitive text", { q: "cong ty" }, ["P2", "P4"]],
    ["accented text finds unaccented and accented", { q: "CÔNG TY CỔ PHẦN" }, ["P2", "P4"]],
    ["archived included", { archived: "include" }, ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]],
    ["archived only", { archived: "only" }, ["P8"]],
    ["type + zone + status", { type: "FDI", zone: "KCN", status: ["ACTIVE"] }, ["P1"]],
    ["country + text + IRC from", { country: "KR", q: "samsung", ircFrom: "2025-01-01" }, ["P6"]],
    ["country + archived included", { country: "KR", archived: "include" }, ["P1", "P6", "P8"]],
    ["type + country that do not meet", { type: "DDI", country: "KR" }, []],
    ["everything at once", { type: "FDI", status: ["ACTIVE", "SUSPENDED"], zone: "KCN", country: "JP", vsic: "C", ircFrom: "2025-01-01", ircTo: "2025-12-31", q: "linh kien" }, ["P3"]],
  ];
  for (const [name, filters, expected] of cases) {
    it(`${name} → ${expected.join(", ") || "nothing"}`, async () => {
      const result = await list({ ...filters, sort: "code", dir: "asc" });
      expect(idsOf(result)).toEqual(ids(...expected));
      expect(result.count).toBe(expected.length);
    });
  }

  it("filters by one zone's id", async () => {
    const result = await list({ zone: zoneKcn2Id, sort: "code", dir: "asc" });
    expect(idsOf(result)).toEqual(ids("P3", "P7"));
  });
});

describe("findProjects: sorting", () => {
  // Ascending orders by hand; ties break on the id in the sort's direction, so descending is the exact reverse.
  const ascending: Record<ProjectSortKey, Label[]> = {
    code: ["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
    name: ["P5", "P2", "P4", "P7", "P1", "P6", "P3"],
    type: ["P1", "P3", "P5", "P6", "P7", "P2", "P4"], // enum order: FDI, DDI
    investor: ["P5", "P2", "P4", "P7", "P1", "P6", "P3"],
    country: ["P7", "P3", "P1", "P6", "P5", "P2", "P4"], // GB JP KR KR TW VN VN
    zone: ["P2", "P1", "P5", "P3", "P7", "P4", "P6"], // CCN-01 KCN-01 KCN-01 KCN-02 KCN-02, then none
    vsic: ["P5", "P2", "P7", "P1", "P3", "P4", "P6"],
    capital: ["P6", "P4", "P3", "P7", "P1", "P2", "P5"], // in USD: 250k 493.8k 800k 1M 1.5M 2M 3M
    status: ["P1", "P2", "P6", "P3", "P4", "P5", "P7"], // Law 61/2020 order
    ircDate: ["P7", "P5", "P4", "P2", "P1", "P3", "P6"],
    ircNumber: ["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
  };
  const descending: Partial<Record<ProjectSortKey, Label[]>> = {
    zone: ["P7", "P3", "P5", "P1", "P2", "P6", "P4"], // projects outside zones stay last
  };

  it("has a case for every sortable column", () => {
    expect(Object.keys(ascending).sort()).toEqual([...PROJECT_COLUMNS].sort());
  });

  for (const key of PROJECT_COLUMNS) {
    it(`sorts by ${key} ascending and descending`, async () => {
      expect(idsOf(await list({ sort: key, dir: "asc" }))).toEqual(ids(...ascending[key]));
      expect(idsOf(await list({ sort: key, dir: "desc" }))).toEqual(ids(...(descending[key] ?? [...ascending[key]].reverse())));
    });
  }

  it("sorts newest IRC first by default", async () => {
    expect(idsOf(await list())).toEqual(ids("P6", "P3", "P1", "P2", "P4", "P5", "P7"));
  });

  it("sorts capital by currency, then amount, when there is no rate", async () => {
    const result = await list({ sort: "capital", dir: "asc" }, day("2019-01-01"));
    expect(idsOf(result)).toEqual(ids("P6", "P3", "P7", "P1", "P5", "P4", "P2"));
  });
});

describe("findProjects: hostile and bad input", () => {
  it("refuses a sort key outside the whitelist before any SQL, and a URL with one falls back to the default", async () => {
    const injected = 'name; DROP TABLE "Project"; --';
    expect(await codeOf(list({ sort: injected as ProjectSortKey }))).toBe("VALIDATION");
    expect(await codeOf(list({ sort: "searchText" as ProjectSortKey }))).toBe("VALIDATION");
    expect(await codeOf(list({ sort: "code", dir: "sideways" as "asc" }))).toBe("VALIDATION");
    const params = parseProjectListParams({ sort: injected, dir: "desc; --" });
    expect([params.sort, params.dir]).toEqual(["ircDate", "desc"]);
    expect(idsOf(await list(params))).toEqual(ids("P6", "P3", "P1", "P2", "P4", "P5", "P7"));
    expect(await db.project.count()).toBe(8);
  });

  it("treats % and _ in the search as themselves, not as wildcards", async () => {
    expect(idsOf(await list({ q: "%" }))).toEqual(ids("P5"));
    expect(idsOf(await list({ q: "_" }))).toEqual(ids("P5"));
    expect(idsOf(await list({ q: "100%_h" }))).toEqual(ids("P5"));
    expect(idsOf(await list({ q: "1__%" }))).toEqual([]);
    expect(idsOf(await list({ q: "\\" }))).toEqual([]);
  });

  it("finds a quote, and an SQL fragment finds nothing and breaks nothing", async () => {
    expect(idsOf(await list({ q: "o'brien" }))).toEqual(ids("P7"));
    for (const q of ["' OR 1=1 --", "'; DROP TABLE \"Project\"; --", "\") OR (\"1\"=\"1", "samsung' UNION SELECT * FROM \"User\" --"]) {
      const result = await list({ q });
      expect(result.data).toEqual([]);
      expect(result.count).toBe(0);
    }
    expect(await db.project.count()).toBe(8);
  });

  it("cuts a 10.000-character search from a URL to 200 and answers, and refuses one passed directly", async () => {
    const long = "a".repeat(10_000);
    const params = parseProjectListParams({ q: long });
    expect(params.q).toHaveLength(200);
    const result = await list(params);
    expect(result).toMatchObject({ data: [], count: 0 });
    expect(await codeOf(list({ q: long }))).toBe("VALIDATION");
  });

  it("replaces control characters (NUL breaks PostgreSQL text) in a URL's search, and refuses them passed directly", async () => {
    const params = parseProjectListParams({ q: "sam\u0000sung\u0007" });
    expect(params.q).toBe("sam sung");
    expect(await list(params)).toMatchObject({ data: [], count: 0 });
    expect(idsOf(await list(parseProjectListParams({ q: "\u0000samsung\n" })))).toEqual(ids("P6", "P1"));
    expect(await codeOf(list({ q: "sam\u0000sung" }))).toBe("VALIDATION");
  });

  it("refuses other out-of-range values passed directly", async () => {
    for (const bad of [{ page: 0 }, { page: 1.5 }, { perPage: 10 }, { perPage: 1000 }, { ircFrom: "2025-02-29" }, { country: "kor" }, { vsic: "Z" }, { zone: -1 }] as ProjectListInput[]) {
      expect(await codeOf(list(bad))).toBe("VALIDATION");
    }
  });
});

describePermissionMatrix(
  "findProjects authorization",
  [{ name: "findProjects", permission: "projects:read", prepare: async () => null, run: (actor) => findProjects(actor, {}) }],
  () => db.project.count(),
);

describe("findProjects: paging", () => {
  // 60 more projects in VSIC section F, on three IRC dates, so that pages must break ties on the id.
  let bulk: number[] = [];

  beforeAll(async () => {
    const lead = await db.investor.create({ data: { name: "Công ty Xây dựng Hòa Bình", country: "VN", identifier: "0300000001" } });
    for (let n = 1; n <= 60; n++) {
      const project = await db.project.create({
        data: {
          code: `XD-${String(n).padStart(3, "0")}`,
          ircNumber: `9900${String(n).padStart(6, "0")}`,
          ircFirstIssuedOn: day(`2024-0${(n % 3) + 1}-01`),
          ircIssuingAgency: "Sở Tài chính",
          name: `Công trình ${n}`,
          type: "DDI",
          leadInvestorId: lead.id,
          originCountry: "VN",
          vsicCode: "F4100",
          vsicSection: "F",
          currency: "VND",
          initialCapital: "1000000000",
          currentCapital: "1000000000",
        },
      });
      bulk.push(project.id);
    }
    // The default order: IRC date descending, then id descending.
    const rows = await db.project.findMany({ where: { id: { in: bulk } }, orderBy: [{ ircFirstIssuedOn: "desc" }, { id: "desc" }], select: { id: true } });
    bulk = rows.map((r) => r.id);
  });

  afterAll(async () => {
    await db.project.deleteMany({ where: { vsicSection: "F" } });
  });

  it("walks three pages of 25 without overlap or gap, and counts once", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => list({ vsic: "F", page, perPage: 25 })));
    expect(pages.map((p) => p.data.length)).toEqual([25, 25, 10]);
    for (const [index, p] of pages.entries()) expect(p).toMatchObject({ count: 60, page: index + 1, perPage: 25, totalPages: 3 });
    expect(pages.flatMap(idsOf)).toEqual(bulk);
    expect(idsOf(pages[1]!)).toEqual(bulk.slice(25, 50));
  });

  it("offers pages of 50 and 100", async () => {
    const fifty = await Promise.all([1, 2].map((page) => list({ vsic: "F", page, perPage: 50 })));
    expect(fifty.map((p) => [p.data.length, p.totalPages])).toEqual([[50, 2], [10, 2]]);
    expect(fifty.flatMap(idsOf)).toEqual(bulk);
    const hundred = await list({ vsic: "F", perPage: 100 });
    expect(hundred).toMatchObject({ count: 60, page: 1, perPage: 100, totalPages: 1 });
    expect(idsOf(hundred)).toEqual(bulk);
  });

  it("answers a page past the end with no rows and the true count (not clamped)", async () => {
    const result = await list({ vsic: "F", page: 4, perPage: 25 });
    expect(result).toMatchObject({ data: [], count: 60, page: 4, totalPages: 3 });
    const far = await list(parseProjectListParams({ vsic: "F", page: "99999" }));
    expect(far).toMatchObject({ data: [], count: 60, page: 99999 });
  });

  it("counts exactly the rows the filters match, all pages together", async () => {
    const all = await list({ perPage: 100 });
    expect(all.count).toBe(await db.project.count({ where: { archivedAt: null } }));
    expect(all.count).toBe(67);
    const ddi = await list({ type: "DDI", perPage: 25 });
    expect(ddi.count).toBe(await db.project.count({ where: { archivedAt: null, type: "DDI" } }));
    expect(ddi).toMatchObject({ count: 62, totalPages: 3 });
  });

  it("says page 1 of 1 for an empty result", async () => {
    expect(await list({ q: "không có dự án nào như vậy" })).toMatchObject({ data: [], count: 0, page: 1, totalPages: 1 });
  });
});

describe("parseProjectListParams (the URL)", () => {
  const defaults = { archived: "exclude", sort: "ircDate", dir: "desc", page: 1, perPage: 25 };

  it("reads a full view", () => {
    const params = parseProjectListParams({
      type: "FDI",
      status: "ACTIVE,EXTENDED",
      zone: "KCN",
      country: "KR",
      vsic: "C",
      ircFrom: "2024-01-01",
      ircTo: "2024-12-31",
      q: "  samsung  ",
      archived: "include",
      sort: "capital",
      dir: "asc",
      page: "2",
      perPage: "50",
      cols: "code,name,capital",
    });
    expect(params).toEqual({
      type: "FDI",
      status: ["ACTIVE", "EXTENDED"],
      zone: "KCN",
      country: "KR",
      vsic: "C",
      ircFrom: "2024-01-01",
      ircTo: "2024-12-31",
      q: "samsung",
      archived: "include",
      sort: "capital",
      dir: "asc",
      page: 2,
      perPage: 50,
      cols: ["code", "name", "capital"],
    });
  });

  it("reads a zone id, outside zones, and forgives case", () => {
    expect(parseProjectListParams({ zone: "12" }).zone).toBe(12);
    expect(parseProjectListParams({ zone: "none" }).zone).toBe("none");
    expect(parseProjectListParams({ zone: "ccn" }).zone).toBe("CCN");
    expect(parseProjectListParams({ type: "ddi", country: "jp", vsic: "m", status: "active" })).toMatchObject({ type: "DDI", country: "JP", vsic: "M", status: ["ACTIVE"] });
    expect(parseProjectListParams(new URLSearchParams("status=ACTIVE&status=REVOKED")).status).toEqual(["ACTIVE", "REVOKED"]);
  });

  it("turns garbage into the defaults, part by part, and never throws", () => {
    const garbage = {
      type: "XDI",
      status: "DELETED,<script>",
      zone: "0",
      country: "KOR",
      vsic: "Z",
      ircFrom: "2025-02-29",
      ircTo: "31/12/2024",
      q: "   ",
      archived: "yes",
      sort: "password",
      dir: "up",
      page: "-4",
      perPage: "1000",
      cols: "nothing,known",
    };
    expect(parseProjectListParams(garbage)).toEqual({ ...defaults, type: undefined, status: undefined, zone: undefined, country: undefined, vsic: undefined, ircFrom: undefined, ircTo: undefined, q: undefined, cols: undefined });
    expect(parseProjectListParams({})).toMatchObject(defaults);
    expect(parseProjectListParams({ zone: "99999999999", page: "1e3", perPage: "25abc" })).toMatchObject({ zone: undefined, page: 1, perPage: 25 });
    expect(parseProjectListParams({ status: "ACTIVE,NOPE" }).status).toEqual(["ACTIVE"]);
    expect(parseProjectListParams({ sort: "name", dir: "sideways" })).toMatchObject({ sort: "name", dir: "asc" });
  });

  it("parses what findProjects accepts", async () => {
    const params = parseProjectListParams({ type: "FDI", status: "ACTIVE", zone: "KCN", sort: "capital", dir: "desc", perPage: "100", cols: "code" });
    expect(idsOf(await list(params))).toEqual(ids("P1"));
  });
});
