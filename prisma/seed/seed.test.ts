import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { testDatabaseUrl } from "@/lib/testing/db";
import { DEFAULT_SEED, parseArgs, UsageError } from "./args";
import { demoConfig, scaleConfig } from "./config";
import { generateDataset } from "./dataset";
import { day, isoDay, monthOf, parseDay, todayInVietnam, yearOf } from "./dates";
import { BOARD_NAME } from "./names";
import { runSeed, SeedRefused, type RunOptions } from "./run";
import { DEMO_PASSWORD } from "./users";

const TODAY = todayInVietnam();
const YEAR = yearOf(TODAY);
const MONTH = monthOf(TODAY);

describe("seed generators (no database)", () => {
  it("gives identical rows for the same seed and date", () => {
    const first = generateDataset(DEFAULT_SEED, TODAY, demoConfig());
    const second = generateDataset(DEFAULT_SEED, TODAY, demoConfig());
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const scaleA = generateDataset(7, TODAY, scaleConfig(1500));
    const scaleB = generateDataset(7, TODAY, scaleConfig(1500));
    expect(JSON.stringify(scaleB)).toBe(JSON.stringify(scaleA));
  });

  it("gives different data for another seed", () => {
    const a = generateDataset(1, TODAY, demoConfig());
    const b = generateDataset(2, TODAY, demoConfig());
    expect(a.projects.map((p) => p.ircNumber)).not.toEqual(b.projects.map((p) => p.ircNumber));
  });

  it("follows the date it is given: this year and last year are covered on any date", () => {
    const today = parseDay("2028-03-10");
    const data = generateDataset(DEFAULT_SEED, today, demoConfig());
    const issuedIn = (y: number) => data.projects.filter((p) => p.ircFirstIssuedOn.startsWith(`${y}-`)).length;
    expect(issuedIn(2028)).toBeGreaterThan(0);
    expect(issuedIn(2027)).toBeGreaterThan(20);
    expect(data.projects.every((p) => p.ircFirstIssuedOn <= "2028-03-10")).toBe(true);
    expect(data.amendments.every((a) => a.amendedOn <= "2028-03-10")).toBe(true);
    expect(new Set(data.planTargets.map((t) => t.year))).toEqual(new Set([2027, 2028]));
    const thisYear = data.indicatorActuals.filter((a) => a.year === 2028 && a.scopeKey === "PROVINCE" && a.indicator === "EXPORT_VALUE");
    expect(thisYear.map((a) => [a.month, a.isEstimate])).toEqual([[1, false], [2, false], [3, true]]);
    const priorities = data.zones.filter((z) => z.priorityFromYear !== null).map((z) => `${z.priorityFromYear}-${z.priorityToYear}`);
    expect(new Set(priorities)).toEqual(new Set(["2021-2025", "2026-2030"]));
  });

  it("parses the command line", () => {
    expect(parseArgs([])).toMatchObject({ ifEmpty: false, reset: false, projects: null, seed: DEFAULT_SEED, today: null });
    expect(parseArgs(["--projects", "100_000", "--seed=9", "--reset", "--today", "2026-11-25"])).toMatchObject({
      projects: 100_000,
      seed: 9,
      reset: true,
      today: "2026-11-25",
    });
    expect(() => parseArgs(["--projects"])).toThrow(UsageError);
    expect(() => parseArgs(["--projects", "0"])).toThrow(UsageError);
    expect(() => parseArgs(["--wipe"])).toThrow(UsageError);
  });
});

describe("demo seed in PostgreSQL", () => {
  let client: pg.Client;
  const options = (overrides: Partial<RunOptions> = {}): RunOptions => ({
    seed: DEFAULT_SEED,
    today: TODAY,
    projects: null,
    reset: false,
    ifEmpty: false,
    log: () => {},
    ...overrides,
  });
  const rows = async <T extends object>(sql: string, params: unknown[] = []) => (await client.query<T & pg.QueryResultRow>(sql, params)).rows;
  const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ n: string }>(sql, params))[0]?.n);

  beforeAll(async () => {
    client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    const result = await runSeed(client, options());
    expect(result.status).toBe("seeded");
  });

  afterAll(async () => {
    await client.end();
  });

  it("has counts in the ranges of a realistic province", async () => {
    expect(await count(`SELECT count(*) AS n FROM "User"`)).toBe(4);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'KCN'`)).toBeGreaterThanOrEqual(8);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'KCN'`)).toBeLessThanOrEqual(12);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'CCN'`)).toBeGreaterThanOrEqual(25);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'CCN'`)).toBeLessThanOrEqual(35);
    const projects = await count(`SELECT count(*) AS n FROM "Project"`);
    expect(projects).toBeGreaterThanOrEqual(280);
    expect(projects).toBeLessThanOrEqual(320);
    const fdi = await count(`SELECT count(*) AS n FROM "Project" WHERE type = 'FDI'`);
    expect(fdi / projects).toBeGreaterThan(0.45);
    expect(fdi / projects).toBeLessThan(0.65);
    const outside = await count(`SELECT count(*) AS n FROM "Project" WHERE "zoneId" IS NULL`);
    expect(outside / projects).toBeGreaterThan(0.1);
    expect(outside / projects).toBeLessThan(0.25);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "zoneId" IS NULL AND "isSecondary"`)).toBe(0);
    const investors = await count(`SELECT count(*) AS n FROM "Investor"`);
    expect(investors).toBeGreaterThan(150);
    expect(investors).toBeLessThan(projects + 60);
    expect(await count(`SELECT count(*) AS n FROM "Investor" WHERE kind = 'ORGANIZATION'`) / investors).toBeGreaterThan(0.9);
    expect(await count(`SELECT count(*) AS n FROM "ProjectInvestor" WHERE NOT "isLead"`)).toBeGreaterThan(20);
    const amendments = await count(`SELECT count(*) AS n FROM "Amendment"`);
    expect(amendments).toBeGreaterThan(100);
    expect(amendments).toBeLessThan(400);
    const thisYearNew = await count(`SELECT count(*) AS n FROM "Project" WHERE extract(year FROM "ircFirstIssuedOn") = $1`, [YEAR]);
    const lastYearNew = await count(`SELECT count(*) AS n FROM "Project" WHERE extract(year FROM "ircFirstIssuedOn") = $1`, [YEAR - 1]);
    expect(lastYearNew).toBeGreaterThan(25);
    expect(thisYearNew).toBeGreaterThan(MONTH >= 3 ? 10 : 0);
    const statuses = await rows<{ status: string }>(`SELECT DISTINCT status FROM "Project"`);
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["ACTIVE", "EXTENDED", "SUSPENDED", "TERMINATED", "REVOKED"]));
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE status <> 'ACTIVE' AND ("statusDecisionNo" IS NULL OR "statusDecisionOn" IS NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE status = 'ACTIVE'`) / projects).toBeGreaterThan(0.75);
  });

  it("has every zone status and infrastructure status for both kinds, with the zone facts filled in", async () => {
    const combos = await rows<{ kind: string; status: string; infrastructureStatus: string }>(
      `SELECT DISTINCT kind, status, "infrastructureStatus" FROM "Zone"`,
    );
    for (const kind of ["KCN", "CCN"]) {
      const ofKind = combos.filter((c) => c.kind === kind);
      expect(new Set(ofKind.map((c) => c.status))).toEqual(new Set(["PLANNED", "ESTABLISHED", "OPERATING"]));
      expect(new Set(ofKind.map((c) => c.infrastructureStatus))).toEqual(new Set(["NOT_STARTED", "UNDER_CONSTRUCTION", "BASICALLY_COMPLETE"]));
    }
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'KCN' AND "totalAreaHa" NOT BETWEEN 100 AND 700`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'CCN' AND "totalAreaHa" NOT BETWEEN 5 AND 75`)).toBe(0);
    const small = await rows<{ district: string }>(`SELECT district FROM "Zone" WHERE kind = 'CCN' AND "totalAreaHa" < 10`);
    expect(small.length).toBeGreaterThanOrEqual(2);
    expect(small.every((z) => ["Huyện Sơn Khê", "Huyện Mường Lư"].includes(z.district))).toBe(true);
    expect(await count(`SELECT count(DISTINCT district) AS n FROM "Zone"`)).toBeGreaterThanOrEqual(6);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE "leasableAreaHa" NOT BETWEEN 0.6 * "totalAreaHa" AND 0.75 * "totalAreaHa"`)).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "Zone" WHERE status <> 'PLANNED' AND ("establishingDecisionNo" IS NULL OR "establishingDecisionDate" IS NULL)`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'KCN' AND "establishingDecisionNo" !~ '^\\d+/QĐ-TTg$'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE kind = 'CCN' AND "establishingDecisionNo" !~ '^\\d+/QĐ-UBND$'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE "priorityFromYear" IS NOT NULL AND "constructionPlanApproved"`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE "priorityFromYear" IS NOT NULL AND NOT "constructionPlanApproved"`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM "Zone" WHERE NOT "inPlan2030"`)).toBeGreaterThan(0);
  });

  it("has quarterly progress that only goes up, and that matches the infrastructure status", async () => {
    expect(await count(`SELECT count(DISTINCT "zoneId") AS n FROM "ZoneProgressUpdate"`)).toBe(
      await count(`SELECT count(*) AS n FROM "Zone" WHERE status <> 'PLANNED'`),
    );
    expect(await count(`SELECT max(c) AS n FROM (SELECT count(*) AS c FROM "ZoneProgressUpdate" GROUP BY "zoneId") x`)).toBeGreaterThanOrEqual(11);
    const backwards = await count(`
      SELECT count(*) AS n FROM (
        SELECT "landClearedHa" - lag("landClearedHa") OVER w AS cleared, "infrastructurePct" - lag("infrastructurePct") OVER w AS pct
        FROM "ZoneProgressUpdate" WINDOW w AS (PARTITION BY "zoneId" ORDER BY "reportedOn")) d
      WHERE cleared < 0 OR pct < 0`);
    expect(backwards).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "ZoneProgressUpdate" WHERE "landClearedHa" > "landToClearHa" OR "infrastructurePct" > 100`)).toBe(0);
    const latest = await rows<{ infrastructureStatus: string; pct: string }>(`
      SELECT DISTINCT ON (z.id) z."infrastructureStatus", u."infrastructurePct" AS pct
      FROM "Zone" z JOIN "ZoneProgressUpdate" u ON u."zoneId" = z.id ORDER BY z.id, u."reportedOn" DESC`);
    for (const z of latest) {
      if (z.infrastructureStatus === "BASICALLY_COMPLETE") expect(Number(z.pct)).toBeGreaterThanOrEqual(90);
      if (z.infrastructureStatus === "NOT_STARTED") expect(Number(z.pct)).toBe(0);
    }
  });

  it("keeps Project.currentCapital equal to the initial capital plus every amendment, exactly", async () => {
    const mismatched = await count(`
      SELECT count(*) AS n FROM "Project" p
      LEFT JOIN (SELECT "projectId", sum("capitalDelta") AS total FROM "Amendment" GROUP BY "projectId") a ON a."projectId" = p.id
      WHERE p."currentCapital" <> p."initialCapital" + coalesce(a.total, 0)`);
    expect(mismatched).toBe(0);
  });

  it("chains amendments: numbered 1..n by date, before/after consistent, capital never at or below zero", async () => {
    const broken = await count(`
      SELECT count(*) AS n FROM (
        SELECT a.*, coalesce(lag("capitalAfter") OVER w, p."initialCapital") AS expected_before, row_number() OVER w AS position,
               lag("amendedOn") OVER w AS previous_date
        FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId" WINDOW w AS (PARTITION BY a."projectId" ORDER BY a.number)) x
      WHERE "capitalBefore" <> expected_before OR "capitalAfter" <> "capitalBefore" + "capitalDelta"
         OR "capitalAfter" <= 0 OR number <> position OR "amendedOn" < previous_date`);
    expect(broken).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "initialCapital" <= 0`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Amendment" WHERE "capitalDelta" > 0`)).toBeGreaterThan(
      2 * (await count(`SELECT count(*) AS n FROM "Amendment" WHERE "capitalDelta" < 0`)),
    );
    expect(await count(`SELECT count(*) AS n FROM "Amendment" WHERE "capitalDelta" < 0`)).toBeGreaterThan(0);
  });

  it("dates amendments on or after the IRC, within the last three years, and before a termination", async () => {
    expect(await count(`SELECT count(*) AS n FROM "Amendment" a JOIN "Project" p ON p.id = a."projectId" WHERE a."amendedOn" < p."ircFirstIssuedOn"`)).toBe(0);
    const range = (await rows<{ first: string; last: string }>(`SELECT min("amendedOn")::text AS first, max("amendedOn")::text AS last FROM "Amendment"`))[0];
    expect(range?.first && range.first >= isoDay(day(YEAR - 2, 1, 1))).toBe(true);
    expect(range?.last && range.last <= isoDay(TODAY)).toBe(true);
    expect(
      await count(`SELECT count(*) AS n FROM "Project" p JOIN "Amendment" a ON a."projectId" = p.id WHERE p."statusDecisionOn" < a."amendedOn"`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT "projectId" FROM "Amendment" GROUP BY 1 HAVING count(*) > 1) x`)).toBeGreaterThan(5);
    expect(await count(`SELECT count(*) AS n FROM (SELECT 1 FROM "Amendment" GROUP BY "projectId", "amendedOn" HAVING count(*) = 2) x`)).toBeGreaterThanOrEqual(1);
  });

  it("gives FDI projects foreign leads and DDI projects Vietnamese ones, except the recorded exceptions", async () => {
    const leads = await rows<{ type: string; country: string; originCountry: string; currency: string; investorException: string | null }>(`
      SELECT p.type, i.country, p."originCountry", p.currency, p."investorException"
      FROM "Project" p JOIN "Investor" i ON i.id = p."leadInvestorId"`);
    for (const p of leads) {
      expect(p.originCountry).toBe(p.country);
      expect(p.currency).toBe(p.type === "FDI" ? "USD" : "VND");
      if (p.investorException !== null) continue;
      if (p.type === "FDI") expect(p.country).not.toBe("VN");
      else expect(p.country).toBe("VN");
    }
    expect(leads.filter((p) => p.investorException !== null).length).toBeGreaterThanOrEqual(1);
    const countries = new Set(leads.filter((p) => p.type === "FDI").map((p) => p.country));
    for (const c of ["KR", "CN", "JP", "SG", "TW"]) expect(countries.has(c)).toBe(true);
    const lead = await count(`
      SELECT count(*) AS n FROM "Project" p
      WHERE (SELECT count(*) FROM "ProjectInvestor" pi WHERE pi."projectId" = p.id AND pi."isLead" AND pi."investorId" = p."leadInvestorId") <> 1
         OR (SELECT count(*) FROM "ProjectInvestor" pi WHERE pi."projectId" = p.id AND pi."isLead") <> 1`);
    expect(lead).toBe(0);
  });

  it("has capital, codes, IRC numbers and sectors in the shapes the board uses", async () => {
    const fdi = await rows<{ min: string; max: string }>(`SELECT min("initialCapital") AS min, max("initialCapital") AS max FROM "Project" WHERE type = 'FDI'`);
    expect(Number(fdi[0]?.min)).toBeGreaterThanOrEqual(1e6);
    expect(Number(fdi[0]?.max)).toBeLessThanOrEqual(500e6);
    const ddi = await rows<{ min: string; max: string }>(`SELECT min("initialCapital") AS min, max("initialCapital") AS max FROM "Project" WHERE type = 'DDI'`);
    expect(Number(ddi[0]?.min)).toBeGreaterThanOrEqual(10e9);
    expect(Number(ddi[0]?.max)).toBeLessThanOrEqual(5000e9);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "ircNumber" !~ '^\\d{10}$' OR code !~ '^DA-\\d{4}-\\d{4,}$'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE substr(code, 4, 4) <> extract(year FROM "ircFirstIssuedOn")::text`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "vsicSection" <> left("vsicCode", 1) OR "vsicCode" !~ '^[A-U]\\d{4}$'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "vsicSection" = 'C'`)).toBeGreaterThan(0.7 * (await count(`SELECT count(*) AS n FROM "Project"`)));
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "zoneId" IS NOT NULL AND "ircIssuingAgency" <> $1`, [BOARD_NAME])).toBe(0);
    const first = await rows<{ first: string }>(`SELECT min("ircFirstIssuedOn")::text AS first FROM "Project"`);
    expect(first[0]?.first && first[0].first <= isoDay(day(YEAR - 6, 12, 31))).toBe(true);
  });

  it("leases no established zone beyond 90% and puts secondary projects only in established zones", async () => {
    const occupancy = await rows<{ occupancy: string }>(`
      SELECT sum(p."landAreaHa") / z."leasableAreaHa" AS occupancy FROM "Zone" z
      JOIN "Project" p ON p."zoneId" = z.id AND p."isSecondary" GROUP BY z.id, z."leasableAreaHa"`);
    expect(occupancy.length).toBeGreaterThan(15);
    for (const z of occupancy) expect(Number(z.occupancy)).toBeLessThanOrEqual(0.9);
    expect(
      await count(`SELECT count(*) AS n FROM "Project" p JOIN "Zone" z ON z.id = p."zoneId" WHERE z.status = 'PLANNED' OR p."ircFirstIssuedOn" < z."establishingDecisionDate"`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Project" WHERE "isSecondary" AND "plannedJobs" <= 0`)).toBe(0);
  });

  it("has exchange rates, plans and monthly actuals for this year and last", async () => {
    const sbv = await rows<{ rate: string; effectiveOn: string }>(`SELECT rate, "effectiveOn"::text AS "effectiveOn" FROM "ExchangeRate" WHERE source = 'SBV_CENTRAL' ORDER BY "effectiveOn"`);
    expect(sbv.length).toBeGreaterThanOrEqual(24 + MONTH);
    expect(Number(sbv[0]?.rate)).toBeGreaterThan(23_000);
    expect(Number(sbv.at(-1)?.rate)).toBeGreaterThan(25_000);
    expect(Number(sbv.at(-1)?.rate)).toBeLessThan(26_000);
    expect(await count(`SELECT count(DISTINCT extract(year FROM "effectiveOn")) AS n FROM "ExchangeRate" WHERE source = 'PLAN_YEAR'`)).toBeGreaterThanOrEqual(2);

    for (const year of [YEAR - 1, YEAR]) {
      const plans = await rows<{ indicator: string; unit: string; scopeKey: string }>(`SELECT indicator, unit, "scopeKey" FROM "PlanTarget" WHERE year = $1`, [year]);
      const province = plans.filter((p) => p.scopeKey === "PROVINCE");
      expect(new Set(province.map((p) => p.indicator))).toEqual(
        new Set(["INDUSTRIAL_PRODUCTION_VALUE", "EXPORT_VALUE", "REGISTERED_CAPITAL_CONVERTED", "NEW_PROJECTS", "JOBS"]),
      );
      expect(plans.some((p) => p.scopeKey === "ALL_KCN") && plans.some((p) => p.scopeKey === "ALL_CCN")).toBe(true);
      const units = Object.fromEntries(province.map((p) => [p.indicator, p.unit]));
      expect(units).toMatchObject({ INDUSTRIAL_PRODUCTION_VALUE: "VND", EXPORT_VALUE: "USD", REGISTERED_CAPITAL_CONVERTED: "USD", NEW_PROJECTS: "project", JOBS: "job" });
    }
    const ipv = await rows<{ target: string }>(`SELECT target FROM "PlanTarget" WHERE year = $1 AND indicator = 'INDUSTRIAL_PRODUCTION_VALUE' AND "scopeKey" = 'PROVINCE'`, [YEAR]);
    expect(Number(ipv[0]?.target)).toBeGreaterThanOrEqual(250e12);
    expect(Number(ipv[0]?.target)).toBeLessThanOrEqual(300e12);
    expect(await count(`SELECT count(*) AS n FROM "PlanTarget" WHERE ("scopeKind" = 'ZONE') <> ("zoneId" IS NOT NULL) OR ("scopeKind" = 'ZONE' AND "scopeKey" <> 'ZONE:' || "zoneId")`)).toBe(0);

    const series = await rows<{ scopeKey: string; indicator: string; year: number; months: number; estimates: number; lastMonth: number }>(`
      SELECT "scopeKey", indicator::text, year, count(*)::int AS months, count(*) FILTER (WHERE "isEstimate")::int AS estimates, max(month) AS "lastMonth"
      FROM "IndicatorActual" WHERE "scopeKind" <> 'ZONE' GROUP BY 1, 2, 3`);
    expect(series.length).toBe(3 * 3 * 2);
    for (const s of series) {
      if (s.year === YEAR - 1) expect([s.months, s.estimates]).toEqual([12, 0]);
      else expect([s.months, s.estimates, s.lastMonth]).toEqual([MONTH, 1, MONTH]);
    }
    // Roughly on pace: the year to date is near the elapsed share of the plan.
    const pace = await rows<{ ratio: string }>(`
      SELECT sum(a.value) / t.target AS ratio FROM "IndicatorActual" a
      JOIN "PlanTarget" t ON t.year = a.year AND t.indicator = a.indicator AND t."scopeKey" = a."scopeKey"
      WHERE a.year = $1 GROUP BY t.id, t.target`, [YEAR]);
    const elapsed = MONTH / 12;
    for (const p of pace) {
      expect(Number(p.ratio)).toBeGreaterThan(elapsed * 0.7);
      expect(Number(p.ratio)).toBeLessThan(elapsed * 1.3);
    }
  });

  it("has the board's settings", async () => {
    const settings = await rows<{ key: string; value: string }>(`SELECT key, value FROM "Setting" ORDER BY key`);
    expect(settings).toEqual([
      { key: "boardName", value: "Ban Quản lý các Khu công nghiệp tỉnh Bình Minh" },
      { key: "provinceName", value: "Bình Minh" },
    ]);
  });

  it("creates the four demo users, who can sign in with the demo password", async () => {
    const users = await rows<{ email: string; role: string; name: string; passwordHash: string; active: boolean }>(
      `SELECT email, role, name, "passwordHash", active FROM "User" ORDER BY id`,
    );
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@ipa.local", "ADMIN"],
      ["manager@ipa.local", "MANAGER"],
      ["staff@ipa.local", "STAFF"],
      ["viewer@ipa.local", "VIEWER"],
    ]);
    for (const user of users) {
      expect(user.active).toBe(true);
      expect(user.passwordHash.startsWith("$argon2id$")).toBe(true);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, "demo@2026")).toBe(false);
    }
    expect(await count(`SELECT count(*) AS n FROM "_UserZones" uz JOIN "User" u ON u.id = uz."A" WHERE u.role = 'STAFF'`)).toBeGreaterThan(0);
  });

  it("leaves every sequence after the ids it wrote", async () => {
    const tables = ["User", "Zone", "ZoneProgressUpdate", "Investor", "Project", "Amendment", "ExchangeRate", "PlanTarget", "IndicatorActual"];
    for (const table of tables) {
      const next = await rows<{ next: string; max: string }>(
        `SELECT nextval(pg_get_serial_sequence('"${table}"', 'id'))::text AS next, (SELECT max(id) FROM "${table}")::text AS max`,
      );
      expect(Number(next[0]?.next)).toBeGreaterThan(Number(next[0]?.max));
    }
  });

  it("refuses a database that has users, and --if-empty leaves it alone", async () => {
    await expect(runSeed(client, options())).rejects.toThrow(SeedRefused);
    expect(await runSeed(client, options({ ifEmpty: true }))).toEqual({ status: "skipped", users: 4 });
    expect(await count(`SELECT count(*) AS n FROM "Project"`)).toBe(300);
  });
});

describe("scale mode", () => {
  it("seeds --projects 2000 through the command line, with --reset, in the expected numbers", async () => {
    const main = path.join(import.meta.dirname, "main.ts");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", main, "--projects", "2000", "--reset", "--seed", "3", "--today", isoDay(TODAY)],
      { env: { ...process.env, DATABASE_URL: testDatabaseUrl() }, timeout: 120_000 },
    );
    expect(stdout).toMatch(/rows\/s/);
    expect(stdout).toContain("admin@ipa.local");

    const client = new pg.Client({ connectionString: testDatabaseUrl() });
    await client.connect();
    try {
      const n = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n);
      const config = scaleConfig(2000);
      expect(await n(`SELECT count(*) AS n FROM "Project"`)).toBe(2000);
      expect(await n(`SELECT count(*) AS n FROM "Zone"`)).toBe(config.kcn + config.ccn);
      expect(await n(`SELECT count(*) AS n FROM "User"`)).toBe(4);
      const amendments = await n(`SELECT count(*) AS n FROM "Amendment"`);
      expect(amendments).toBeGreaterThan(2000 * 2.5);
      expect(amendments).toBeLessThan(2000 * 3.5);
      const investors = await n(`SELECT count(*) AS n FROM "Investor"`);
      expect(investors).toBeGreaterThan(2000 / 4);
      expect(investors).toBeLessThan(2000 / 2);
      expect(await n(`SELECT count(DISTINCT year) AS n FROM "IndicatorActual"`)).toBe(10);
      expect(
        await n(`SELECT count(*) AS n FROM "Project" p LEFT JOIN (SELECT "projectId", sum("capitalDelta") AS s FROM "Amendment" GROUP BY 1) a
                 ON a."projectId" = p.id WHERE p."currentCapital" <> p."initialCapital" + coalesce(a.s, 0)`),
      ).toBe(0);
    } finally {
      await client.end();
    }
  }, 120_000);
});
