// The report summaries (migration figure_summaries, summaries.ts) against the records they sum.
// 1. After every kind of write the triggers see (insert, upsert, update of each column a summary
//    depends on, archive, delete, amendment corrections and deletions, a zone changing kind,
//    concurrent amendments through the app), the summary tables equal a rebuild from scratch.
// 2. The figures read from them equal the figures written as plain SQL over the records, the
//    definitions of docs/domain.md, on a random province at many report dates and every scope.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Dec } from "@/lib/format/decimal";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { amend, makeInvestor } from "@/lib/projects/test-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { getInvestmentFigures } from "./investment";
import type { ReportScope } from "./period";
import { getZoneFigures } from "./zones";

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  const date = (from: number, to: number) => {
    const d = new Date(Date.UTC(from, 0, 1) + int(0, (to - from + 1) * 365 - 1) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  return { next, int, pick, date };
}

const STATUSES: ProjectStatus[] = ["ACTIVE", "ACTIVE", "ACTIVE", "EXTENDED", "SUSPENDED", "TERMINATED", "REVOKED"];

/** Rows in the summary table that a rebuild from the records would not produce, and the reverse. */
async function summaryMismatches(): Promise<Record<string, number>> {
  const sums = `sum("newCount")::int AS "newCount", sum("newCapital") AS "newCapital", sum("incFirst")::int AS "incFirst", sum("incCapital") AS "incCapital",
                sum("decFirst")::int AS "decFirst", sum("decCapital") AS "decCapital", sum("addedFirst")::int AS "addedFirst",
                sum("validCount")::int AS "validCount", sum("validCapital") AS "validCapital"`;
  const nonZero = `("newCount" <> 0 OR "newCapital" <> 0 OR "incFirst" <> 0 OR "incCapital" <> 0 OR "decFirst" <> 0 OR "decCapital" <> 0
                    OR "addedFirst" <> 0 OR "validCount" <> 0 OR "validCapital" <> 0)`;
  const grouped = (grain: string) => `
    SELECT ${grain} AS at, CASE WHEN GROUPING(country) = 0 THEN 'C' WHEN GROUPING(vsic) = 0 THEN 'V' ELSE 'T' END AS dim,
           COALESCE(country, vsic, '') AS key, "zoneKind", type, currency, ${sums}
    FROM ipa_investment_events_of(ARRAY(SELECT id FROM "Project"))
    GROUP BY GROUPING SETS ((1, "zoneKind", type, currency), (1, "zoneKind", type, currency, country), (1, "zoneKind", type, currency, vsic))`;
  const diff = (stored: string, rebuilt: string) => `
    SELECT count(*)::int AS n FROM (
      (SELECT * FROM (${stored}) s EXCEPT ALL SELECT * FROM (${rebuilt}) r)
      UNION ALL
      (SELECT * FROM (${rebuilt}) r EXCEPT ALL SELECT * FROM (${stored}) s)) x`;
  const cols = `dim, key, "zoneKind", type, currency, "newCount", "newCapital", "incFirst", "incCapital", "decFirst", "decCapital", "addedFirst", "validCount", "validCapital"`;
  const queries: Record<string, string> = {
    events: diff(`SELECT * FROM "InvestmentEvent"`, `SELECT * FROM ipa_investment_events_of(ARRAY(SELECT id FROM "Project"))`),
    days: diff(`SELECT day AS at, ${cols} FROM "InvestmentDay" WHERE ${nonZero}`, `SELECT * FROM (${grouped("day")}) g WHERE ${nonZero}`),
    months: diff(
      `SELECT month AS at, ${cols} FROM "InvestmentMonth" WHERE ${nonZero}`,
      `SELECT * FROM (${grouped("date_trunc('month', day)::date")}) g WHERE ${nonZero}`,
    ),
    totals: diff(
      `SELECT "zoneKey", type, currency, status, "isSecondary", projects, "currentCapital", "landAreaHa", "plannedJobs" FROM "ProjectTotal"
       WHERE projects <> 0 OR "currentCapital" <> 0 OR "landAreaHa" <> 0 OR "plannedJobs" <> 0`,
      `SELECT COALESCE("zoneId", 0), type, currency, status, "isSecondary", count(*)::int, sum("currentCapital"), sum("landAreaHa"), sum("plannedJobs")::bigint
       FROM "Project" WHERE "archivedAt" IS NULL GROUP BY 1, 2, 3, 4, 5`,
    ),
  };
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(queries)) out[name] = (await db.$queryRawUnsafe<{ n: number }[]>(sql))[0]?.n ?? -1;
  return out;
}

const CLEAN = { events: 0, days: 0, months: 0, totals: 0 };

/** currentCapital = initial + Σ amendments, as the ledger keeps it (it is a summed column too). */
async function rewriteLedger(): Promise<void> {
  await db.$executeRaw`
    UPDATE "Project" p SET "currentCapital" = p."initialCapital" + COALESCE((SELECT sum(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id), 0)
    WHERE p."currentCapital" IS DISTINCT FROM p."initialCapital" + COALESCE((SELECT sum(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id), 0)`;
}

type Province = { zones: number[]; ccn: number; projects: number[] };

/** A random province: 4 zones, `count` projects over 2022–2026, amendments before and after their issue. */
async function randomProvince(seed: number, count: number): Promise<Province> {
  const r = random(seed);
  const zones: number[] = [];
  for (const [i, kind] of (["KCN", "KCN", "CCN", "CCN"] as const).entries()) {
    const z = await db.zone.create({
      data: { code: `S${seed}-Z${i}`, name: `Zone ${seed}-${i}`, kind, district: "Huyện Thử", status: "ESTABLISHED", totalAreaHa: "500", leasableAreaHa: "400" },
    });
    zones.push(z.id);
  }
  const lead = await makeInvestor({ country: "KR" });
  const rows = Array.from({ length: count }, (_, i) => {
    const status = r.pick(STATUSES);
    const issued = r.date(2022, 2026);
    const ended = status === "TERMINATED" || status === "REVOKED";
    const currency = r.next() < 0.7 ? "USD" : "VND";
    const initial = currency === "USD" ? `${r.int(1, 500) * 100000}` : `${r.int(1, 900) * 1_000_000_000}`;
    return {
      code: `S${seed}-P${i}`,
      ircNumber: `S${seed}-IRC${i}`,
      ircFirstIssuedOn: new Date(`${issued}T00:00:00Z`),
      ircIssuingAgency: "Ban Quản lý",
      name: `Dự án ${i}`,
      type: r.next() < 0.6 ? ("FDI" as const) : ("DDI" as const),
      leadInvestorId: lead.id,
      originCountry: r.pick(["KR", "JP", "CN", "VN"]),
      zoneId: r.next() < 0.8 ? r.pick(zones) : null,
      isSecondary: r.next() < 0.85,
      vsicCode: r.pick(["C2610", "F4100", "A0111"]),
      vsicSection: "C",
      currency: currency as "USD" | "VND",
      initialCapital: initial,
      currentCapital: initial,
      landAreaHa: `${r.int(0, 400) / 10}`,
      plannedJobs: r.int(0, 900),
      status,
      // Ended: with a decision date (sometimes before the issue), or without one (taken).
      statusDecisionOn: ended && r.next() < 0.8 ? new Date(`${r.date(2021, 2026)}T00:00:00Z`) : null,
      archivedAt: r.next() < 0.05 ? new Date() : null,
    };
  });
  for (const row of rows) row.vsicSection = row.vsicCode.slice(0, 1);
  await db.project.createMany({ data: rows });
  const projects = (await db.project.findMany({ where: { code: { startsWith: `S${seed}-` } }, select: { id: true }, orderBy: { id: "asc" } })).map((p) => p.id);
  const amendments = projects.flatMap((projectId) =>
    Array.from({ length: r.int(0, 4) }, (_, n) => {
      const delta = r.next() < 0.7 ? r.int(1, 50) * 10000 : -r.int(1, 20) * 10000;
      return { projectId, number: n + 1, amendedOn: new Date(`${r.date(2022, 2026)}T00:00:00Z`), capitalDelta: `${delta}`, capitalBefore: "0", capitalAfter: "0" };
    }),
  );
  await db.amendment.createMany({ data: amendments });
  await rewriteLedger();
  return { zones, ccn: zones[2] as number, projects };
}

let manager: CurrentUser;
let province: Province;

beforeAll(async () => {
  manager = await makeUser("MANAGER");
  province = await randomProvince(7, 160);
});

describe("the summaries equal a rebuild from the records", () => {
  it("after a bulk insert of projects and amendments", async () => {
    expect(await summaryMismatches()).toEqual(CLEAN);
    expect(await db.investmentEvent.count()).toBeGreaterThan(160);
  });

  it("after updates of every column a summary depends on, archive and restore, and a no-op update", async () => {
    const [a, b, c, d, e, f, g, h] = province.projects as [number, number, number, number, number, number, number, number];
    await db.project.update({ where: { id: a }, data: { zoneId: province.ccn } });
    await db.project.update({ where: { id: b }, data: { type: "DDI", currency: "VND" } });
    await db.project.update({ where: { id: c }, data: { status: "TERMINATED", statusDecisionOn: new Date("2025-03-03T00:00:00Z") } });
    await db.project.update({ where: { id: d }, data: { ircFirstIssuedOn: new Date("2026-02-02T00:00:00Z"), originCountry: "JP", vsicSection: "F" } });
    await db.project.update({ where: { id: e }, data: { archivedAt: new Date() } });
    await db.project.update({ where: { id: f }, data: { initialCapital: "777000", landAreaHa: "3.5", plannedJobs: 12, isSecondary: false } });
    await db.project.update({ where: { id: g }, data: { name: "Chỉ đổi tên" } });
    await db.project.updateMany({ where: { id: { in: province.projects.slice(10, 40) } }, data: { status: "EXTENDED" } });
    await db.project.update({ where: { id: e }, data: { archivedAt: null } });
    await db.project.update({ where: { id: h }, data: { status: "REVOKED", statusDecisionOn: null } });
    await rewriteLedger();
    expect(await summaryMismatches()).toEqual(CLEAN);
  });

  it("after amendments are corrected, moved across years and deleted, and a project is deleted", async () => {
    const some = await db.amendment.findMany({ take: 30, orderBy: { id: "asc" }, select: { id: true, projectId: true } });
    for (const [i, am] of some.slice(0, 10).entries()) {
      await db.amendment.update({ where: { id: am.id }, data: { capitalDelta: `${(i - 5) * 12345}`, amendedOn: new Date(`${2022 + (i % 5)}-0${1 + (i % 9)}-15T00:00:00Z`) } });
    }
    await db.amendment.deleteMany({ where: { id: { in: some.slice(10, 20).map((am) => am.id) } } });
    const doomed = province.projects[100] as number;
    await db.amendment.deleteMany({ where: { projectId: doomed } });
    await db.projectInvestor.deleteMany({ where: { projectId: doomed } });
    await db.project.delete({ where: { id: doomed } });
    await rewriteLedger();
    expect(await summaryMismatches()).toEqual(CLEAN);
  });

  it("after a zone changes kind, and after an upsert (INSERT … ON CONFLICT, as the import writes)", async () => {
    await db.zone.update({ where: { id: province.zones[0] as number }, data: { kind: "CCN" } });
    const p = await db.project.findFirstOrThrow({ where: { id: province.projects[50] as number } });
    await db.$executeRaw`
      INSERT INTO "Project" (code, "ircNumber", "ircFirstIssuedOn", "ircIssuingAgency", name, type, "leadInvestorId", "originCountry", "vsicCode", "vsicSection", currency, "initialCapital", "currentCapital", "updatedAt")
      VALUES (${p.code}, ${p.ircNumber}, '2024-04-04', 'Ban', 'Đổi qua nhập', 'FDI', ${p.leadInvestorId}, 'CN', 'C2610', 'C', 'USD', 5000000, 5000000, now()),
             ('S7-NEW', 'S7-NEW-IRC', '2026-01-09', 'Ban', 'Mới qua nhập', 'DDI', ${p.leadInvestorId}, 'VN', 'F4100', 'F', 'VND', 9000000000, 9000000000, now())
      ON CONFLICT (code) DO UPDATE SET "ircFirstIssuedOn" = EXCLUDED."ircFirstIssuedOn", name = EXCLUDED.name, "originCountry" = EXCLUDED."originCountry",
        "initialCapital" = EXCLUDED."initialCapital", "currentCapital" = EXCLUDED."initialCapital"`;
    await rewriteLedger();
    expect(await summaryMismatches()).toEqual(CLEAN);
  });

  it("after concurrent amendments through the app, on several projects at once", async () => {
    const live = await db.project.findMany({
      where: { archivedAt: null, status: { in: ["ACTIVE", "EXTENDED"] }, ircFirstIssuedOn: { lt: new Date("2026-01-01T00:00:00Z") } },
      take: 12,
      select: { id: true },
    });
    expect(live).toHaveLength(12);
    await Promise.all(
      live.flatMap(({ id }) =>
        [0, 1].map(() => amend(manager, id, { amendedOn: "05/11/2026", capitalDelta: "250.000" })),
      ),
    );
    expect(await summaryMismatches()).toEqual(CLEAN);
    expect(await db.amendment.count({ where: { projectId: { in: live.map((p) => p.id) }, amendedOn: new Date("2026-11-05T00:00:00Z") } })).toBe(24);
  });
});

// ---- the figures against their definitions written over the records

type Def = { type: string; currency: string; n: number; capital: string };

/** docs/domain.md's definitions, as plain SQL over Project and Amendment. */
async function definitions(from: string, to: string, scope: ReportScope) {
  const zone =
    scope.kind === "PROVINCE"
      ? "TRUE"
      : scope.kind === "ZONE"
        ? `p."zoneId" = ${scope.zoneId}`
        : `p."zoneId" IN (SELECT id FROM "Zone" WHERE kind = '${scope.kind === "ALL_KCN" ? "KCN" : "CCN"}')`;
  const live = `p."archivedAt" IS NULL AND ${zone}`;
  const q = (sql: string) => db.$queryRawUnsafe<Def[]>(`SELECT type::text, currency::text, n::int, capital::text FROM (${sql}) x ORDER BY 1, 2`);
  return {
    newProjects: await q(`SELECT p.type, p.currency, count(*) AS n, sum(p."initialCapital") AS capital FROM "Project" p
      WHERE ${live} AND p."ircFirstIssuedOn" BETWEEN '${from}' AND '${to}' GROUP BY 1, 2`),
    increases: await q(`SELECT p.type, p.currency, count(DISTINCT p.id) AS n, sum(a."capitalDelta") AS capital FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE ${live} AND a."capitalDelta" > 0 AND a."amendedOn" BETWEEN '${from}' AND '${to}' AND p."ircFirstIssuedOn" <= '${to}' GROUP BY 1, 2`),
    decreases: await q(`SELECT p.type, p.currency, count(DISTINCT p.id) AS n, sum(a."capitalDelta") AS capital FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId"
      WHERE ${live} AND a."capitalDelta" < 0 AND a."amendedOn" BETWEEN '${from}' AND '${to}' AND p."ircFirstIssuedOn" <= '${to}' GROUP BY 1, 2`),
    valid: await q(`SELECT p.type, p.currency, count(*) AS n,
        sum(p."currentCapital" - COALESCE((SELECT sum(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id AND a."amendedOn" > '${to}'), 0)) AS capital
      FROM "Project" p WHERE ${live} AND p."ircFirstIssuedOn" <= '${to}'
        AND NOT (p.status IN ('TERMINATED', 'REVOKED') AND (p."statusDecisionOn" IS NULL OR p."statusDecisionOn" <= '${to}')) GROUP BY 1, 2`),
    added: (
      await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Project" p WHERE ${live} AND p."ircFirstIssuedOn" <= '${to}' AND
        (p."ircFirstIssuedOn" >= '${from}' OR EXISTS (SELECT 1 FROM "Amendment" a WHERE a."projectId" = p.id AND a."capitalDelta" > 0 AND a."amendedOn" BETWEEN '${from}' AND '${to}'))`)
    )[0]?.n,
  };
}

/** A figure family per (type, currency) in the definitions' shape, from one period of getInvestmentFigures. */
function fromFigures(group: { FDI: { count: number; capital: { usd: string; vnd: string } }; DDI: { count: number; capital: { usd: string; vnd: string } } }, byCurrency: Def[]) {
  // The figures sum currencies per type; compare per type on count and on each currency's amount.
  return (["FDI", "DDI"] as const).map((type) => {
    const rows = byCurrency.filter((r) => r.type === type);
    const amount = (currency: string) => rows.find((r) => r.currency === currency)?.capital ?? "0";
    return {
      type,
      actual: { count: group[type].count, usd: new Dec(group[type].capital.usd).toFixed(2), vnd: new Dec(group[type].capital.vnd).toFixed(2) },
      expected: { count: rows.reduce((n, r) => n + r.n, 0), usd: new Dec(amount("USD")).toFixed(2), vnd: new Dec(amount("VND")).toFixed(2) },
    };
  });
}

describe("the figures read from the summaries equal their definitions over the records", () => {
  const dates = ["2022-03-31", "2023-01-01", "2023-12-31", "2024-02-29", "2024-07-15", "2025-01-31", "2025-06-30", "2025-11-05", "2026-03-01", "2026-11-05", "2026-12-31"];

  it.each(dates)("on %s, for the province, all KCN, all CCN and one zone, both periods", async (iso) => {
    const scopes: ReportScope[] = [{ kind: "PROVINCE" }, { kind: "ALL_KCN" }, { kind: "ALL_CCN" }, { kind: "ZONE", zoneId: province.ccn }];
    for (const scope of scopes) {
      const figures = await getInvestmentFigures(manager, new Date(`${iso}T00:00:00Z`), scope);
      for (const period of [figures.current, figures.previous]) {
        const from = period.period.from.toISOString().slice(0, 10);
        const to = period.period.to.toISOString().slice(0, 10);
        const def = await definitions(from, to, scope);
        for (const [family, rows] of [["newProjects", def.newProjects], ["increases", def.increases], ["decreases", def.decreases], ["valid", def.valid]] as const) {
          for (const c of fromFigures(period[family], rows)) expect({ iso, scope, to, family, type: c.type, ...c.actual }).toEqual({ iso, scope, to, family, type: c.type, ...c.expected });
        }
        expect({ iso, scope, to, added: period.newAndAdded.projects }).toEqual({ iso, scope, to, added: def.added });
      }
    }
  });

  it("zone figures as of past dates equal the leasing projects summed from the records", async () => {
    for (const iso of ["2023-06-30", "2025-12-31", "2026-11-05"]) {
      const figures = await getZoneFigures(manager, { asOf: new Date(`${iso}T00:00:00Z`) });
      const [row] = await db.$queryRawUnsafe<{ leased: string; n: number; capital: string | null }[]>(`
        SELECT COALESCE(sum(p."landAreaHa"), 0)::text AS leased, count(*)::int AS n,
               sum(p."currentCapital" - COALESCE((SELECT sum(a."capitalDelta") FROM "Amendment" a WHERE a."projectId" = p.id AND a."amendedOn" > '${iso}'), 0))::text AS capital
        FROM "Project" p JOIN "Zone" z ON z.id = p."zoneId"
        WHERE z.kind = 'CCN' AND z."archivedAt" IS NULL AND z.status IN ('ESTABLISHED', 'OPERATING') AND p."archivedAt" IS NULL AND p."isSecondary"
          AND p.status IN ('ACTIVE', 'EXTENDED') AND p."ircFirstIssuedOn" <= '${iso}'`);
      expect({ iso, leased: new Dec(figures.CCN.occupancy.leasedHa).toFixed(4), n: figures.CCN.activeSecondary }).toEqual({
        iso,
        leased: new Dec(row?.leased ?? "0").toFixed(4),
        n: row?.n,
      });
    }
  });
});
