import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { InvestorKind } from "@/lib/generated/prisma/enums";
import { describePermissionMatrix } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { findInvestors } from "./find-investors";
import { INVESTOR_COLUMNS, parseInvestorListParams, type InvestorListInput, type InvestorSortKey } from "./list-params";

// label name                          kind          country identifier  projects (live; archived not counted)
// I1    Samsung Display Co., Ltd      ORGANIZATION  KR      KR-001      3 (lead of 2, partner in 1; a 4th is archived)
// I2    Công ty Cổ phần Minh Phát     ORGANIZATION  VN      0101234567  1
// I3    Nguyễn Văn Ánh                INDIVIDUAL    VN      —           0
// I4    Kim Sung_Ho 50%               INDIVIDUAL    KR      KR-777      1
// I5    Toyota Boshoku Corporation    ORGANIZATION  JP      JP-001      2
type Label = "I1" | "I2" | "I3" | "I4" | "I5";
const id: Record<Label, number> = { I1: 0, I2: 0, I3: 0, I4: 0, I5: 0 };
const ids = (...labels: Label[]) => labels.map((l) => id[l]);
let viewer: CurrentUser;

const list = (input: InvestorListInput = {}) => findInvestors(viewer, input);
const idsOf = async (input: InvestorListInput) => (await list(input)).data.map((r) => r.id);
const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));

beforeAll(async () => {
  viewer = await makeUser("VIEWER");
  const specs: [Label, string, InvestorKind, string, string | null][] = [
    ["I1", "Samsung Display Co., Ltd", "ORGANIZATION", "KR", "KR-001"],
    ["I2", "Công ty Cổ phần Minh Phát", "ORGANIZATION", "VN", "0101234567"],
    ["I3", "Nguyễn Văn Ánh", "INDIVIDUAL", "VN", null],
    ["I4", "Kim Sung_Ho 50%", "INDIVIDUAL", "KR", "KR-777"],
    ["I5", "Toyota Boshoku Corporation", "ORGANIZATION", "JP", "JP-001"],
  ];
  for (const [label, name, kind, country, identifier] of specs) {
    id[label] = (await db.investor.create({ data: { name, kind, country, identifier } })).id;
  }
  let n = 0;
  const project = async (lead: Label, partners: Label[] = [], archived = false) => {
    n += 1;
    await db.project.create({
      data: {
        code: `NDT-${n}`,
        ircNumber: `77${n}`,
        ircFirstIssuedOn: new Date("2024-01-01T00:00:00Z"),
        ircIssuingAgency: "Ban Quản lý các KCN",
        name: `Dự án ${n}`,
        type: "FDI",
        leadInvestorId: id[lead],
        originCountry: "KR",
        vsicCode: "C2610",
        vsicSection: "C",
        currency: "USD",
        initialCapital: "1000",
        currentCapital: "1000",
        archivedAt: archived ? new Date() : null,
        investors: { create: [{ investorId: id[lead], isLead: true }, ...partners.map((p) => ({ investorId: id[p], isLead: false }))] },
      },
    });
  };
  await project("I1");
  await project("I1", ["I4"]);
  await project("I5", ["I1"]);
  await project("I5");
  await project("I2");
  await project("I1", [], true);
});

describe("findInvestors", () => {
  it("returns each investor with its kind, country, identifier and live projects", async () => {
    const result = await list();
    expect(result).toMatchObject({ count: 5, page: 1, perPage: 25, totalPages: 1 });
    expect(result.data.find((r) => r.id === id.I1)).toEqual({ id: id.I1, name: "Samsung Display Co., Ltd", kind: "ORGANIZATION", country: "KR", identifier: "KR-001", projectCount: 3 });
    expect(result.data.find((r) => r.id === id.I3)).toMatchObject({ identifier: null, projectCount: 0 });
  });

  const filters: [string, InvestorListInput, Label[]][] = [
    ["country", { country: "KR" }, ["I4", "I1"]],
    ["kind", { kind: "INDIVIDUAL" }, ["I4", "I3"]],
    ["country + kind", { country: "VN", kind: "ORGANIZATION" }, ["I2"]],
    ["text, accent-insensitive", { q: "cong ty co phan minh phat" }, ["I2"]],
    ["text over the identifier", { q: "jp-001" }, ["I5"]],
    ["text with accents typed", { q: "NGUYỄN VĂN" }, ["I3"]],
    ["% is literal", { q: "%" }, ["I4"]],
    ["_ is literal", { q: "_" }, ["I4"]],
    ["an SQL fragment", { q: "' OR '1'='1" }, []],
    ["country + text that do not meet", { country: "JP", q: "samsung" }, []],
  ];
  for (const [name, input, expected] of filters) {
    it(`filters: ${name}`, async () => {
      const result = await list({ ...input, sort: "name", dir: "asc" });
      expect(result.data.map((r) => r.id)).toEqual(ids(...expected));
      expect(result.count).toBe(expected.length);
    });
  }

  const ascending: Record<InvestorSortKey, Label[]> = {
    name: ["I2", "I4", "I3", "I1", "I5"],
    kind: ["I2", "I1", "I5", "I4", "I3"], // ORGANIZATION before INDIVIDUAL (enum order), then by name
    country: ["I5", "I4", "I1", "I2", "I3"], // JP, KR (Kim, Samsung), VN (Công ty, Nguyễn)
    identifier: ["I2", "I5", "I1", "I4", "I3"], // "0101…" < "JP-…" < "KR-001" < "KR-777", none last
    projects: ["I3", "I2", "I4", "I5", "I1"], // 0, 1, 1 (Công ty < Kim), 2, 3
  };
  const descending: Partial<Record<InvestorSortKey, Label[]>> = { identifier: ["I4", "I1", "I5", "I2", "I3"] };

  it("has a case for every column", () => {
    expect(Object.keys(ascending).sort()).toEqual([...INVESTOR_COLUMNS].sort());
  });

  for (const key of INVESTOR_COLUMNS) {
    it(`sorts by ${key} both ways`, async () => {
      expect(await idsOf({ sort: key, dir: "asc" })).toEqual(ids(...ascending[key]));
      expect(await idsOf({ sort: key, dir: "desc" })).toEqual(ids(...(descending[key] ?? [...ascending[key]].reverse())));
    });
  }

  it("pages, and answers a page past the end with no rows and the count", async () => {
    expect(await list({ page: 3, perPage: 25 })).toMatchObject({ data: [], count: 5, page: 3, totalPages: 1 });
  });

  it("refuses a sort outside the whitelist; a URL with one gets the default", async () => {
    expect(await codeOf(list({ sort: "name; DROP TABLE \"Investor\"" as InvestorSortKey }))).toBe("VALIDATION");
    expect(await codeOf(list({ q: "x".repeat(10_000) }))).toBe("VALIDATION");
    expect(await codeOf(list({ q: "kim\u0000" }))).toBe("VALIDATION");
    expect((await list(parseInvestorListParams({ q: "\u0000kim" }))).data.map((r) => r.id)).toEqual(ids("I4"));
    const params = parseInvestorListParams({ sort: "searchText", dir: "down", country: "Korea", kind: "robot", page: "x", perPage: "7", q: "y".repeat(10_000) });
    expect(params).toMatchObject({ sort: "name", dir: "asc", country: undefined, kind: undefined, page: 1, perPage: 25 });
    expect(params.q).toHaveLength(200);
    expect(await list(params)).toMatchObject({ data: [], count: 0 });
    expect(await db.investor.count()).toBe(5);
  });

  it("reads a full investors URL", () => {
    expect(parseInvestorListParams({ country: "kr", kind: "individual", q: " kim ", sort: "projects", dir: "desc", page: "2", perPage: "100", cols: "projects,name" })).toEqual({
      country: "KR",
      kind: "INDIVIDUAL",
      q: "kim",
      sort: "projects",
      dir: "desc",
      page: 2,
      perPage: 100,
      cols: ["name", "projects"],
    });
  });
});

describe("findInvestors: Vietnamese order of names", () => {
  it("sorts Đ after D and accented initials with their letter, not after Z", async () => {
    const names = ["Zeta Lào", "Đông Á Lào", "Dũng Lào", "Em Lào", "Ánh Dương Lào", "Bảo Lào"];
    const created = [];
    for (const name of names) created.push(await db.investor.create({ data: { name, country: "LA" } }));
    try {
      const result = await list({ country: "LA", sort: "name", dir: "asc" });
      expect(result.data.map((r) => r.name)).toEqual(["Ánh Dương Lào", "Bảo Lào", "Dũng Lào", "Đông Á Lào", "Em Lào", "Zeta Lào"]);
    } finally {
      await db.investor.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    }
  });
});

describePermissionMatrix(
  "findInvestors authorization",
  [{ name: "findInvestors", permission: "projects:read", prepare: async () => null, run: (actor) => findInvestors(actor, {}) }],
  () => db.investor.count(),
);
