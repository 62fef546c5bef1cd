// THE specification of the dashboard's figures (docs/domain.md, "How the figures are computed"),
// on real PostgreSQL. The dataset is golden-fixture.ts: read its tables first. Every expected value
// below was worked out by hand from them; the arithmetic is in the comments. Amounts are written
// as the functions return them: exact decimal strings ("63100000.00" = 63,1 triệu USD).
//
// D1 = 15/06/2026: period 01/01–15/06/2026, rate 26.000 (SBV 01/01/2026; 27.000 starts 16/06)
//                  cùng kỳ 01/01–15/06/2025, rate 25.000 (SBV 01/01/2025)
// D2 = 31/12/2025: period 01/01–31/12/2025, rate 25.000; cùng kỳ 2024, rate 24.000 (SBV 01/01/2024)
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findProjects } from "@/lib/projects/find-projects";
import { parseProjectListParams } from "@/lib/projects/list-params";
import { makeUser } from "@/lib/testing/factories";
import { findZones } from "@/lib/zones/find-zones";
import { parseZoneListParams } from "@/lib/zones/list-params";
import { ccnSecondaryLinks, investmentLinks, zoneCardLinks, type InvestmentPeriodLinks } from "./drilldown";
import { D1, D2, day, PROJECTS, seedGolden, type Golden } from "./golden-fixture";
import { getIndicatorFigures } from "./indicators";
import { getInvestmentFigures, type Group, type InvestmentPeriodFigures, type Money } from "./investment";
import type { ReportScope } from "./period";
import { getCapitalByCountry, getCapitalByVsicSection, getMonthlyNewProjects, getPlanPace } from "./trends";
import { getZoneFigures } from "./zones";

let viewer: CurrentUser;
const money = (usd: string, vnd: string, totalUsd: string | null): Money => ({ usd, vnd, totalUsd });
const group = (count: number, usd: string, vnd: string, totalUsd: string | null): Group => ({ count, capital: money(usd, vnd, totalUsd) });
const NONE = group(0, "0.00", "0.00", "0.00");
const noChange = { countPct: null, capitalPct: null };
/** The figures of a period without its period and rate (asserted apart). */
function figuresOf(f: InvestmentPeriodFigures) {
  const { newProjects, increases, decreases, newAndAdded, valid } = f;
  return { newProjects, increases, decreases, newAndAdded, valid };
}

/** The zones list (count and summary) for a drill-down link, with the leased land as of `asOf`. */
async function zoneList(href: string, asOf: Date) {
  const query = new URLSearchParams(href.split("?")[1] ?? "");
  return findZones(viewer, parseZoneListParams(query), { asOf });
}

/** The number of rows the projects list shows for a drill-down link. */
async function listCount(href: string): Promise<number> {
  const query = new URLSearchParams(href.split("?")[1] ?? "");
  return (await findProjects(viewer, parseProjectListParams(query), { on: D1 })).count;
}

describe("an empty database: zeros and nulls, no error", () => {
  beforeAll(async () => {
    viewer = await makeUser("VIEWER");
  });

  it("investment figures are 0, their money 0.00, every change null, no rate", async () => {
    const f = await getInvestmentFigures(viewer, D1);
    for (const p of [f.current, f.previous]) {
      expect(figuresOf(p)).toEqual({
        newProjects: { FDI: NONE, DDI: NONE },
        increases: { FDI: NONE, DDI: NONE },
        decreases: { FDI: NONE, DDI: NONE },
        newAndAdded: { projects: 0, capital: money("0.00", "0.00", "0.00") },
        valid: { FDI: NONE, DDI: NONE },
      });
      expect(p.rate).toBeNull();
    }
    expect(f.change).toEqual({
      newProjects: { FDI: noChange, DDI: noChange },
      increases: { FDI: noChange, DDI: noChange },
      decreases: { FDI: noChange, DDI: noChange },
      newAndAdded: noChange,
      valid: { FDI: noChange, DDI: noChange },
    });
  });

  it("indicators have nothing reported: ytd, % of plan, cùng kỳ and projection are null", async () => {
    const f = await getIndicatorFigures(viewer, D1);
    for (const m of [f.production, f.exports, f.jobs]) {
      expect(m).toMatchObject({ lastMonthReported: null, months: [], missingMonths: [], hasEstimate: false, ytd: null, target: null, percentOfPlan: null, changePct: null, projection: null });
      expect(m.previous).toEqual({ year: 2025, months: [], missingMonths: [], value: null });
    }
    expect(f.newProjects).toEqual({ value: "0", target: null, percentOfPlan: null, previous: "0", changePct: null });
    expect(f.convertedCapital).toMatchObject({ value: "0.00", target: null, percentOfPlan: null, previous: "0.00", changePct: null, rate: null });
  });

  it("charts are empty but complete", async () => {
    const monthly = await getMonthlyNewProjects(viewer, D1);
    expect(monthly.months).toHaveLength(12);
    expect(monthly.months[0]?.current).toMatchObject({ count: 0, capital: money("0.00", "0.00", "0.00") });
    expect(monthly.months[6]?.current).toBeNull();
    const pace = await getPlanPace(viewer, D1);
    expect(pace).toMatchObject({ target: null, usesMonthlySplit: false, lastMonthReported: null });
    expect(pace.months.every((m) => m.value === null && m.cumulative === null && m.plan === null && !m.missing)).toBe(true);
    expect(await getCapitalByCountry(viewer, D1)).toMatchObject({ slices: [], others: null, totalUsd: "0.00" });
    expect(await getCapitalByVsicSection(viewer, D1)).toMatchObject({ slices: [], others: null, totalUsd: "0.00" });
  });

  it("asks for a caller: no user, no figures", async () => {
    for (const call of [getInvestmentFigures(null, D1), getIndicatorFigures(null, D1), getMonthlyNewProjects(null, D1), getPlanPace(null, D1), getCapitalByCountry(null, D1), getCapitalByVsicSection(null, D1)]) {
      await expect(call).rejects.toBeInstanceOf(AppError);
    }
  });
});

describe("the golden dataset", () => {
  let golden: Golden;
  beforeAll(async () => {
    golden = await seedGolden();
  });

  it("holds what the fixture says", async () => {
    expect(await db.project.count()).toBe(PROJECTS.length);
    expect(await db.amendment.count()).toBe(15);
    expect(await db.zone.count()).toBe(6);
  });

  describe("D1 = 15/06/2026, the whole province", () => {
    it("new projects, increases, decreases, new + added capital and valid projects, this period", async () => {
      const { current } = await getInvestmentFigures(viewer, D1);
      expect(current.period).toEqual({ year: 2026, from: day("2026-01-01"), to: day("2026-06-15") });
      // the SBV rate in force on 15/06: 26.000 of 01/01/2026 (not 27.000 of 16/06, not PLAN_YEAR 23.000)
      expect(current.rate).toMatchObject({ rate: "26000", source: "SBV_CENTRAL", effectiveOn: day("2026-01-01") });
      expect(figuresOf(current)).toEqual({
        newProjects: {
          // P22 20.000.000 + P23 4.500.000 + P24 1.000.000 + P25 600.000 + P26 12.000.000 (on D) + P31 25.000.000
          // = 63.100.000 USD (P27, issued 16/06, is out)
          FDI: group(6, "63100000.00", "0.00", "63100000.00"),
          // P28 26 + P29 13 + P30 65 = 104 tỷ đồng; ÷ 26.000 = 4.000.000 USD
          DDI: group(3, "0.00", "104000000000.00", "4000000.00"),
        },
        increases: {
          // P01 +5.000.000 (01/03) +2.000.000 (20/05): one project; P22 +3.000.000; P24 +250.000 on D
          // = 10.250.000 (P06 +1.000.000 on 16/06 is out; archived P21 counts nowhere)
          FDI: group(3, "10250000.00", "0.00", "10250000.00"),
          // P18 +6,5 tỷ ÷ 26.000 = 250.000 USD
          DDI: group(1, "0.00", "6500000000.00", "250000.00"),
        },
        decreases: {
          // P13 −1.000.000 (01/02) + P05 −500.000 (on D)
          FDI: group(2, "-1500000.00", "0.00", "-1500000.00"),
          // P17 −20 tỷ ÷ 26.000 = −769.230,769… → −769.230,77
          DDI: group(1, "0.00", "-20000000000.00", "-769230.77"),
        },
        // 9 new + P01 and P18 (increased, not new) = 11 projects;
        // USD 63.100.000 + 10.250.000 = 73.350.000; VND 104 + 6,5 = 110,5 tỷ ÷ 26.000 = 4.250.000
        // total 77.600.000 USD
        newAndAdded: { projects: 11, capital: money("73350000.00", "110500000000.00", "77600000.00") },
        valid: {
          // not valid: P02 (terminated 01/10/2025), P03 (revoked), P11 (terminated 2024), P21 (archived), P27 (after D)
          // capital as of D: P01 10−1+5+2 = 16 · P05 2,5−0,5 = 2 · P06 4 (its +1 is after D) · P07 6+1,5 = 7,5 ·
          // P08 1,2+0,3 = 1,5 · P12 15 · P13 5+2−1 = 6 · P14 0,8 · P15 3,5 · P20 7 · P22 20+3 = 23 · P23 4,5 ·
          // P24 1+0,25 = 1,25 · P25 0,6 · P26 12 · P31 25  → 129,65 triệu USD (16 projects)
          // + P16 26 tỷ đồng ÷ 26.000 = 1.000.000 → 130.650.000 USD, 17 projects
          FDI: group(17, "129650000.00", "26000000000.00", "130650000.00"),
          // P04 50+20 · P09 24 · P10 12 · P17 120−20 · P18 18+6,5 · P28 26 · P29 13 = 269,5 tỷ (7 projects;
          // P19 terminated 01/03/2026 and P30 revoked 01/06/2026 are no longer valid)
          // ÷ 26.000 = 10.365.384,615… → 10.365.384,62
          DDI: group(7, "0.00", "269500000000.00", "10365384.62"),
        },
      });
    });

    it("the same period last year (cùng kỳ 01/01–15/06/2025) and the change in %", async () => {
      const { previous, change } = await getInvestmentFigures(viewer, D1);
      expect(previous.period).toEqual({ year: 2025, from: day("2025-01-01"), to: day("2025-06-15") });
      expect(previous.rate).toMatchObject({ rate: "25000", effectiveOn: day("2025-01-01") });
      expect(figuresOf(previous)).toEqual({
        // P12 15 + P13 5 + P14 0,8 (issued on 15/06/2025) = 20,8 triệu (P15 of 16/06 out, P21 archived)
        newProjects: { FDI: group(3, "20800000.00", "0.00", "20800000.00"), DDI: group(1, "0.00", "120000000000.00", "4800000.00") },
        // P08 +300.000 (05/05/2025); P04 +20 tỷ (10/04/2025) ÷ 25.000 = 800.000
        increases: { FDI: group(1, "300000.00", "0.00", "300000.00"), DDI: group(1, "0.00", "20000000000.00", "800000.00") },
        decreases: { FDI: NONE, DDI: NONE },
        // P12 P13 P14 P17 new + P04 P08 increased = 6; USD 20,8 + 0,3 = 21,1 triệu; VND 120 + 20 = 140 tỷ ÷ 25.000 = 5,6 triệu
        newAndAdded: { projects: 6, capital: money("21100000.00", "140000000000.00", "26700000.00") },
        // P01 10 (no amendment yet) · P02 8 (terminated only on 01/10/2025) · P05 2,5 · P06 4 · P07 7,5 · P08 1,5 · P12 15 · P13 5 · P14 0,8 = 54,3
        // DDI: P04 70 · P09 24 · P10 12 · P17 120 = 226 tỷ ÷ 25.000 = 9.040.000
        valid: { FDI: group(9, "54300000.00", "0.00", "54300000.00"), DDI: group(4, "0.00", "226000000000.00", "9040000.00") },
      });
      expect(change).toEqual({
        newProjects: {
          FDI: { countPct: "100.00", capitalPct: "203.37" }, // 6 vs 3; 63,1 ÷ 20,8 = 3,03365… → +203,37%
          DDI: { countPct: "200.00", capitalPct: "-13.33" }, // 3 vs 1; 104 ÷ 120 = 0,86666… → −13,33% (on VND)
        },
        increases: {
          FDI: { countPct: "200.00", capitalPct: "3316.67" }, // 3 vs 1; 10,25 ÷ 0,3 = 34,1666… → +3.316,67%
          DDI: { countPct: "0.00", capitalPct: "-67.50" }, // 1 vs 1; 6,5 ÷ 20 = 0,325 → −67,50%
        },
        decreases: { FDI: noChange, DDI: noChange }, // none last year: no % (÷ 0)
        newAndAdded: { countPct: "83.33", capitalPct: "190.64" }, // 11 vs 6; 77,6 ÷ 26,7 = 2,906367… → +190,64%
        valid: {
          FDI: { countPct: "88.89", capitalPct: "140.61" }, // 17 vs 9 → 88,888…; 130,65 ÷ 54,3 = 2,406077… → +140,61%
          DDI: { countPct: "75.00", capitalPct: "19.25" }, // 7 vs 4; 269,5 ÷ 226 = 1,192477… → +19,25%
        },
      });
    });

    it("cùng kỳ is exactly what a report dated 15/06/2025 showed", async () => {
      const [d1, then] = await Promise.all([getInvestmentFigures(viewer, D1), getInvestmentFigures(viewer, day("2025-06-15"))]);
      expect(d1.previous).toEqual(then.current);
    });

    it("production, export and jobs YTD against plan, cùng kỳ and the year-end projection", async () => {
      const f = await getIndicatorFigures(viewer, D1);
      expect(f.production).toEqual({
        indicator: "INDUSTRIAL_PRODUCTION_VALUE",
        unit: "VND",
        year: 2026,
        // June is the last month reported by 15/06 (July's value, typed ahead, does not count); March is missing
        lastMonthReported: 6,
        months: [1, 2, 4, 5, 6],
        missingMonths: [3],
        hasEstimate: true, // June is ước
        // 18 + 15 + 21 + 22 + 23 = 99 nghìn tỷ đồng
        ytd: "99000000000000.00",
        target: "240000000000000.00",
        percentOfPlan: "41.25", // 99 ÷ 240 = 0,4125
        // the same months of 2025: 14 + 13 + 17 + 18 + 19 = 81 (March 2025 left out, as March 2026 is missing)
        previous: { year: 2025, months: [1, 2, 4, 5, 6], missingMonths: [], value: "81000000000000.00" },
        changePct: "22.22", // 99 ÷ 81 = 1,2222…
        // 99 ÷ 5 months reported × 12 = 237,6 nghìn tỷ < 240: the plan will not be met at this pace
        projection: { value: "237600000000000.00", monthsReported: 5, willMeetPlan: false },
      });
      expect(f.exports).toEqual({
        indicator: "EXPORT_VALUE",
        unit: "USD",
        year: 2026,
        lastMonthReported: 5, // June not reported yet: not missing, just not there
        months: [1, 2, 3, 4, 5],
        missingMonths: [],
        hasEstimate: false,
        ytd: "4590000000.00", // 850 + 780 + 950 + 1.020 + 990 = 4.590 triệu USD
        target: "12000000000.00",
        percentOfPlan: "38.25", // 4.590 ÷ 12.000
        previous: { year: 2025, months: [1, 2, 3, 4, 5], missingMonths: [], value: "3850000000.00" }, // 700+650+800+820+880
        changePct: "19.22", // 4.590 ÷ 3.850 = 1,19220…
        projection: { value: "11016000000.00", monthsReported: 5, willMeetPlan: false }, // 4.590 ÷ 5 × 12 = 11.016 < 12.000
      });
      expect(f.jobs).toMatchObject({
        lastMonthReported: 6,
        missingMonths: [],
        hasEstimate: true,
        ytd: "4000.00", // 500 + 400 + 600 + 700 + 800 + 1.000
        percentOfPlan: "40.00", // of 10.000
        previous: { value: "1800.00" }, // 6 × 300
        changePct: "122.22",
        projection: { value: "8000.00", monthsReported: 6, willMeetPlan: false },
      });
      // 6 FDI + 3 DDI = 9 of 20; cùng kỳ 3 + 1 = 4
      expect(f.newProjects).toEqual({ value: "9", target: "20.00", percentOfPlan: "45.00", previous: "4", changePct: "125.00" });
      // 77.600.000 of 150.000.000 = 51,733…%
      expect(f.convertedCapital).toMatchObject({ value: "77600000.00", target: "150000000.00", percentOfPlan: "51.73", previous: "26700000.00", changePct: "190.64" });
      expect(f.convertedCapital.rate).toMatchObject({ rate: "26000" });
      expect(f.convertedCapital.previousRate).toMatchObject({ rate: "25000" });
    });

    it("reads its own scope only: the KCN target and actuals are not the province's", async () => {
      const kcn = await getIndicatorFigures(viewer, D1, { kind: "ALL_KCN" });
      // ALL_KCN: January 12 nghìn tỷ of a 180 nghìn tỷ target
      expect(kcn.production).toMatchObject({ lastMonthReported: 1, ytd: "12000000000000.00", target: "180000000000000.00", percentOfPlan: "6.67" });
      expect(kcn.exports.ytd).toBeNull();
      expect(kcn.newProjects.target).toBeNull();
    });

    it("the industrial zones (các KCN): K1, K2 and K3 only", async () => {
      const { current } = await getInvestmentFigures(viewer, D1, { kind: "ALL_KCN" });
      // new: P22 20 + P23 4,5 + P26 12 + P31 25 = 61,5 triệu USD; P30 65 tỷ
      expect(current.newProjects).toEqual({ FDI: group(4, "61500000.00", "0.00", "61500000.00"), DDI: group(1, "0.00", "65000000000.00", "2500000.00") });
      // increases: P01 7 + P22 3 (P24 is in a CCN, P18 in a CCN)
      expect(current.increases).toEqual({ FDI: group(2, "10000000.00", "0.00", "10000000.00"), DDI: NONE });
      // decreases: P13 (K2); P17 (K1); P05 is outside every zone
      expect(current.decreases).toEqual({ FDI: group(1, "-1000000.00", "0.00", "-1000000.00"), DDI: group(1, "0.00", "-20000000000.00", "-769230.77") });
      // 71,5 triệu USD + 65 tỷ ÷ 26.000 (2,5 triệu) = 74 triệu; P22 P23 P26 P31 P30 P01
      expect(current.newAndAdded).toEqual({ projects: 6, capital: money("71500000.00", "65000000000.00", "74000000.00") });
      // the 17 valid FDI less P16 (outside), P05 2 and P25 0,6 (outside), P14 0,8 and P24 1,25 (CCN): 129,65 − 4,65 = 125
      expect(current.valid.FDI).toEqual(group(12, "125000000.00", "0.00", "125000000.00"));
    });

    it("charts: monthly new projects this year against last", async () => {
      const m = await getMonthlyNewProjects(viewer, D1);
      expect(m).toMatchObject({ year: 2026, previousYear: 2025, rate: { rate: "26000" }, previousRate: { rate: "25000" } });
      const row = (month: number) => m.months[month - 1]!;
      const point = (count: number, totalUsd: string) => expect.objectContaining({ count, capital: expect.objectContaining({ totalUsd }) });
      // 2026 at 26.000: Jan P22 20 + P28 26 tỷ (1) · Feb P23 4,5 + P30 65 tỷ (2,5) · Mar P24 1 + P31 25 · Apr P25 0,6 · May P29 13 tỷ (0,5) · Jun P26 12
      expect(m.months.slice(0, 6).map((x) => x.current)).toEqual([
        point(2, "21000000.00"),
        point(2, "7000000.00"),
        point(2, "26000000.00"),
        point(1, "600000.00"),
        point(1, "500000.00"),
        point(1, "12000000.00"),
      ]);
      expect(m.months.slice(6).every((x) => x.current === null)).toBe(true);
      // 2025, the whole year, at 25.000: Feb P12 15 · Mar P17 120 tỷ (4,8) · Apr P13 5 · May only archived P21 ·
      // Jun P14 0,8 + P15 3,5 · Jul P19 9 tỷ (0,36) · Sep P16 26 tỷ (1,04) · Nov P18 18 tỷ (0,72) · Dec P20 7
      expect(m.months.map((x) => [x.previous.count, x.previous.capital.totalUsd])).toEqual([
        [0, "0.00"],
        [1, "15000000.00"],
        [1, "4800000.00"],
        [1, "5000000.00"],
        [0, "0.00"],
        [2, "4300000.00"],
        [1, "360000.00"],
        [0, "0.00"],
        [1, "1040000.00"],
        [0, "0.00"],
        [1, "720000.00"],
        [1, "7000000.00"],
      ]);
      expect(row(1).current).toMatchObject({ fdi: 1, ddi: 1 });
    });

    it("charts: cumulative production against the plan pace line (target × m ÷ 12), export against its monthly split", async () => {
      const pace = await getPlanPace(viewer, D1);
      expect(pace).toMatchObject({ target: "240000000000000.00", usesMonthlySplit: false, lastMonthReported: 6 });
      const T = "000000000000.00"; // nghìn tỷ
      expect(pace.months.map((m) => [m.month, m.cumulative, m.missing, m.plan])).toEqual([
        [1, `18${T}`, false, `20${T}`],
        [2, `33${T}`, false, `40${T}`],
        [3, `33${T}`, true, `60${T}`], // March missing: nothing added, flagged
        [4, `54${T}`, false, `80${T}`],
        [5, `76${T}`, false, `100${T}`],
        [6, `99${T}`, false, `120${T}`],
        [7, null, false, `140${T}`], // July's value was typed ahead: not reported by 15/06
        [8, null, false, `160${T}`],
        [9, null, false, `180${T}`],
        [10, null, false, `200${T}`],
        [11, null, false, `220${T}`],
        [12, null, false, `240${T}`],
      ]);
      expect(pace.months[5]).toMatchObject({ value: `23${T}`, isEstimate: true });
      const exports = await getPlanPace(viewer, D1, { kind: "PROVINCE" }, "EXPORT_VALUE");
      expect(exports.usesMonthlySplit).toBe(true);
      const M = "000000.00"; // triệu
      expect(exports.months.map((m) => [m.cumulative, m.plan])).toEqual([
        [`850${M}`, `800${M}`],
        [`1630${M}`, `1600${M}`],
        [`2580${M}`, `2500${M}`],
        [`3600${M}`, `3500${M}`],
        [`4590${M}`, `4500${M}`],
        [null, `5600${M}`],
        [null, `6600${M}`],
        [null, `7600${M}`],
        [null, `8700${M}`],
        [null, `9800${M}`],
        [null, `10900${M}`],
        [null, `12000${M}`],
      ]);
    });

    it("charts: new + added capital by country (top N, the rest as others) and by VSIC section add up to the card", async () => {
      // KR: P22 20+3, P01 7, P31 25 = 55 · TW: P26 12 · CN: P23 4,5 · VN: P28 26 + P29 13 + P30 65 + P18 6,5 = 110,5 tỷ ÷ 26.000 = 4,25
      // JP: P24 1 + 0,25 = 1,25 · US: P25 0,6   → Σ 77,6 triệu = the card
      const top3 = await getCapitalByCountry(viewer, D1, { kind: "PROVINCE" }, { limit: 3 });
      expect(top3.slices.map((s) => [s.key, s.projects, s.capital.totalUsd])).toEqual([
        ["KR", 3, "55000000.00"],
        ["TW", 1, "12000000.00"],
        ["CN", 1, "4500000.00"],
      ]);
      expect(top3.others).toEqual({ keys: ["VN", "JP", "US"], projects: 6, capitalUsd: "6100000.00" }); // 4,25 + 1,25 + 0,6
      expect(top3.totalUsd).toBe("77600000.00");
      const top10 = await getCapitalByCountry(viewer, D1);
      expect(top10.slices.map((s) => s.key)).toEqual(["KR", "TW", "CN", "VN", "JP", "US"]);
      expect(top10.others).toBeNull();
      // C: P22 23 + P01 7 + P23 4,5 + P24 1,25 + P26 12 + P28 1 + P29 0,5 + P18 0,25 = 49,5 · L: P31 25 · H: P30 2,5 · J: P25 0,6
      const vsic = await getCapitalByVsicSection(viewer, D1);
      expect(vsic.slices.map((s) => [s.key, s.projects, s.capital.totalUsd])).toEqual([
        ["C", 8, "49500000.00"],
        ["L", 1, "25000000.00"],
        ["H", 1, "2500000.00"],
        ["J", 1, "600000.00"],
      ]);
      expect(vsic.totalUsd).toBe("77600000.00");
    });
  });

  describe("D2 = 31/12/2025: a past report date shows the figures as they were then", () => {
    it("the 2025 figures, without anything dated in 2026", async () => {
      const { current, previous, change } = await getInvestmentFigures(viewer, D2);
      expect(current.rate).toMatchObject({ rate: "25000" });
      expect(previous.rate).toMatchObject({ rate: "24000" });
      expect(figuresOf(current)).toEqual({
        newProjects: {
          // P12 15 + P13 5 + P14 0,8 + P15 3,5 + P20 7 (on D2) = 31,3 triệu USD; + P16 26 tỷ ÷ 25.000 = 1,04 → 32,34
          FDI: group(6, "31300000.00", "26000000000.00", "32340000.00"),
          // P17 120 + P18 18 + P19 9 = 147 tỷ ÷ 25.000 = 5,88 triệu
          DDI: group(3, "0.00", "147000000000.00", "5880000.00"),
        },
        // P08 +0,3 and P13 +2 = 2,3 triệu; P04 +20 tỷ
        increases: { FDI: group(2, "2300000.00", "0.00", "2300000.00"), DDI: group(1, "0.00", "20000000000.00", "800000.00") },
        // P01 −1 (10/09/2025); P17's decrease is in 2026
        decreases: { FDI: group(1, "-1000000.00", "0.00", "-1000000.00"), DDI: NONE },
        // 9 new + P04 + P08 = 11; USD 31,3 + 2,3 = 33,6; VND 26 + 147 + 20 = 193 tỷ ÷ 25.000 = 7,72 → 41,32 triệu USD
        newAndAdded: { projects: 11, capital: money("33600000.00", "193000000000.00", "41320000.00") },
        valid: {
          // as of 31/12/2025 — NOT today's capital: P01 10−1 = 9 (its 2026 increases not yet), P13 5+2 = 7 (its 2026 decrease not yet);
          // P05 2,5 · P06 4 · P07 7,5 · P08 1,5 · P12 15 · P14 0,8 · P15 3,5 · P20 7 → 57,8 triệu; P02 terminated 01/10/2025: out
          // + P16 26 tỷ ÷ 25.000 = 1,04 → 58,84 triệu USD, 11 projects
          FDI: group(11, "57800000.00", "26000000000.00", "58840000.00"),
          // P04 70 · P09 24 · P10 12 · P17 120 · P18 18 · P19 9 (terminated only in 2026) = 253 tỷ ÷ 25.000 = 10,12 triệu
          DDI: group(6, "0.00", "253000000000.00", "10120000.00"),
        },
      });
      expect(figuresOf(previous)).toEqual({
        // 2024: P07 6 + P08 1,2 + P11 2 = 9,2; P09 24 + P10 12 (on 31/12/2024) = 36 tỷ ÷ 24.000 = 1,5
        newProjects: { FDI: group(3, "9200000.00", "0.00", "9200000.00"), DDI: group(2, "0.00", "36000000000.00", "1500000.00") },
        increases: { FDI: group(1, "1500000.00", "0.00", "1500000.00"), DDI: NONE }, // P07 +1,5
        decreases: { FDI: NONE, DDI: NONE },
        // USD 9,2 + 1,5 = 10,7; 36 tỷ ÷ 24.000 = 1,5 → 12,2 triệu
        newAndAdded: { projects: 5, capital: money("10700000.00", "36000000000.00", "12200000.00") },
        // P01 10 · P02 8 · P05 2,5 · P06 4 · P07 7,5 · P08 1,2 = 33,2 (P11 terminated 30/11/2024)
        // DDI P04 50 · P09 24 · P10 12 = 86 tỷ ÷ 24.000 = 3.583.333,33…
        valid: { FDI: group(6, "33200000.00", "0.00", "33200000.00"), DDI: group(3, "0.00", "86000000000.00", "3583333.33") },
      });
      expect(change).toEqual({
        newProjects: {
          FDI: { countPct: "100.00", capitalPct: "251.52" }, // 32,34 ÷ 9,2 = 3,51521…
          DDI: { countPct: "50.00", capitalPct: "308.33" }, // 147 ÷ 36 = 4,08333…
        },
        increases: { FDI: { countPct: "100.00", capitalPct: "53.33" }, DDI: noChange }, // 2,3 ÷ 1,5; DDI had none in 2024
        decreases: { FDI: noChange, DDI: noChange },
        newAndAdded: { countPct: "120.00", capitalPct: "238.69" }, // 11 vs 5; 41,32 ÷ 12,2 = 3,38688…
        valid: {
          FDI: { countPct: "83.33", capitalPct: "77.23" }, // 11 vs 6; 58,84 ÷ 33,2 = 1,77228…
          DDI: { countPct: "100.00", capitalPct: "194.19" }, // 6 vs 3; 253 ÷ 86 = 2,94186…
        },
      });
    });

    it("registered capital as of D is initial + amendments dated ≤ D, not today's currentCapital", async () => {
      const { current } = await getInvestmentFigures(viewer, D2);
      const ids = ["P01", "P05", "P06", "P07", "P08", "P12", "P13", "P14", "P15", "P20"].map((l) => golden.projects[l]!);
      const today = await db.project.aggregate({ where: { id: { in: ids } }, _sum: { currentCapital: true } });
      // today: P01 16, P05 2, P06 5, P13 6 instead of 9, 2,5, 4, 7 → 57,8 + 7 − 0,5 + 1 − 1 = 64,3
      expect(today._sum.currentCapital?.toString()).toBe("64300000");
      expect(current.valid.FDI.capital.usd).toBe("57800000.00");
    });

    it("indicators for the whole of 2025", async () => {
      const f = await getIndicatorFigures(viewer, D2);
      expect(f.production).toMatchObject({
        lastMonthReported: 12,
        missingMonths: [],
        hasEstimate: true, // December ước
        ytd: "228000000000000.00", // 14+13+16+17+18+19+20+20+21+22+23+25
        percentOfPlan: "114.00", // of 200
        previous: { year: 2024, value: "180000000000000.00" }, // 12 × 15
        changePct: "26.67", // 228 ÷ 180 = 1,2666…
        projection: { value: "228000000000000.00", monthsReported: 12, willMeetPlan: true },
      });
      expect(f.exports).toMatchObject({
        ytd: "10830000000.00",
        percentOfPlan: "108.30",
        // nothing entered for 2024: no cùng kỳ, every month of it missing
        previous: { year: 2024, value: null, missingMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
        changePct: null,
        projection: { value: "10830000000.00", willMeetPlan: true },
      });
      // jobs: six months entered, no 2025 target: no % and no verdict, but a projection 1.800 ÷ 6 × 12
      expect(f.jobs).toMatchObject({ lastMonthReported: 6, ytd: "1800.00", target: null, percentOfPlan: null, changePct: null, projection: { value: "3600.00", willMeetPlan: null } });
      expect(f.newProjects).toEqual({ value: "9", target: "15.00", percentOfPlan: "60.00", previous: "5", changePct: "80.00" });
      expect(f.convertedCapital).toMatchObject({ value: "41320000.00", target: "100000000.00", percentOfPlan: "41.32", previous: "12200000.00", changePct: "238.69" });
    });
  });

  describe("drill-down: the list behind every card counts exactly the card", () => {
    const scopes = (): ReportScope[] => [
      { kind: "PROVINCE" },
      { kind: "ALL_KCN" },
      { kind: "ALL_CCN" },
      { kind: "ZONE", zoneId: golden.zones.K1 },
      { kind: "ZONE", zoneId: golden.zones.C2 },
    ];
    const pairs = (figures: InvestmentPeriodFigures, links: InvestmentPeriodLinks): [string, string, number][] => [
      ["new FDI", links.newProjects.FDI, figures.newProjects.FDI.count],
      ["new DDI", links.newProjects.DDI, figures.newProjects.DDI.count],
      ["increased FDI", links.increases.FDI, figures.increases.FDI.count],
      ["increased DDI", links.increases.DDI, figures.increases.DDI.count],
      ["decreased FDI", links.decreases.FDI, figures.decreases.FDI.count],
      ["decreased DDI", links.decreases.DDI, figures.decreases.DDI.count],
      ["new + added", links.newAndAdded, figures.newAndAdded.projects],
      ["valid FDI", links.valid.FDI, figures.valid.FDI.count],
      ["valid DDI", links.valid.DDI, figures.valid.DDI.count],
    ];

    it("writes the list's own URL format", () => {
      const links = investmentLinks(D1, { kind: "PROVINCE" });
      expect(links.current.newProjects.FDI).toBe("/projects?type=FDI&ircFrom=2026-01-01&ircTo=2026-06-15");
      expect(links.current.increases.DDI).toBe("/projects?type=DDI&increasedFrom=2026-01-01&increasedTo=2026-06-15");
      expect(links.current.valid.FDI).toBe("/projects?type=FDI&validAsOf=2026-06-15");
      expect(links.previous.newAndAdded).toBe("/projects?newOrIncreasedFrom=2025-01-01&newOrIncreasedTo=2025-06-15");
      expect(investmentLinks(D1, { kind: "ALL_KCN" }).current.decreases.FDI).toBe("/projects?type=FDI&zone=KCN&decreasedFrom=2026-01-01&decreasedTo=2026-06-15");
    });

    it("for both report dates, both periods and every scope", async () => {
      let checked = 0;
      for (const date of [D1, D2]) {
        for (const scope of scopes()) {
          const figures = await getInvestmentFigures(viewer, date, scope);
          const links = investmentLinks(date, scope);
          for (const [period, f, l] of [["current", figures.current, links.current], ["previous", figures.previous, links.previous]] as const) {
            for (const [card, href, count] of pairs(f, l)) {
              expect({ date: date.toISOString().slice(0, 10), scope, period, card, count: await listCount(href) }).toEqual({ date: date.toISOString().slice(0, 10), scope, period, card, count });
              checked++;
            }
          }
        }
      }
      expect(checked).toBe(2 * 5 * 2 * 9);
    });

    it("for the chart slices and months", async () => {
      for (const breakdown of [await getCapitalByCountry(viewer, D1), await getCapitalByVsicSection(viewer, D1), await getCapitalByCountry(viewer, D2, { kind: "ALL_KCN" })]) {
        for (const slice of breakdown.slices) expect([slice.key, await listCount(slice.href)]).toEqual([slice.key, slice.projects]);
      }
      const monthly = await getMonthlyNewProjects(viewer, D1);
      for (const m of monthly.months) {
        if (m.current) expect([m.month, await listCount(m.current.href)]).toEqual([m.month, m.current.count]);
        expect([m.month, await listCount(m.previous.href)]).toEqual([m.month, m.previous.count]);
      }
    });
  });
  describe("zone cards: counts, the CCN secondary projects, and the lists behind them", () => {
    it("counts the zones of each kind, prioritised in the report's year", async () => {
      const d1 = await getZoneFigures(viewer, { asOf: D1, year: 2026 });
      // KCN: K1 (operating), K2 (established), K3 (planned), all three in the plan to 2030; area 655 + 300
      expect(d1.KCN).toMatchObject({ inPlan2030: 3, established: 2, operating: 1, establishedAreaHa: "955", infrastructureBasicallyComplete: 1 });
      // 2026 is in K2's 2024–2030 and K3's 2026–2030 (not K1's 2021–2025); of those only K3's plan is approved
      expect([d1.KCN.prioritised, d1.KCN.prioritisedWithApprovedPlan]).toEqual([2, 1]);
      // CCN: C1 and C3 in the plan (C2 not); C1 operating, C2 established; area 60 + 40
      expect(d1.CCN).toMatchObject({ inPlan2030: 2, established: 2, operating: 1, establishedAreaHa: "100", infrastructureBasicallyComplete: 1 });
      // 2026: C3 only (2026–2030; C2 has no period), its plan not approved
      expect([d1.CCN.prioritised, d1.CCN.prioritisedWithApprovedPlan]).toEqual([1, 0]);
      const d2 = await getZoneFigures(viewer, { asOf: D2, year: 2025 });
      // 2025: K1 (2021–2025, approved) and K2 (2024–2030, not approved); C1 (2021–2025, approved)
      expect([d2.KCN.prioritised, d2.KCN.prioritisedWithApprovedPlan, d2.CCN.prioritised, d2.CCN.prioritisedWithApprovedPlan]).toEqual([2, 1, 1, 1]);
    });

    it("the CCN card's secondary projects on D1: FDI with USD capital, DDI with VND capital, and their jobs", async () => {
      const { ccnSecondary } = await getZoneFigures(viewer, { asOf: D1, year: 2026 });
      expect(ccnSecondary.rate).toMatchObject({ rate: "26000" });
      // Active (ACTIVE or EXTENDED) secondary projects in C1, C2, C3, first issued by 15/06/2026:
      // FDI: P14 0,8 triệu (C1) + P24 1 + 0,25 on D1 itself (C1) = 2,05 triệu USD, 2 projects
      expect(ccnSecondary.FDI).toEqual(group(2, "2050000.00", "0.00", "2050000.00"));
      // DDI: P04 50 + 20 (10/04/2025) · P09 24 · P18 18 + 6,5 (04/04/2026) · P28 26 · P29 13 = 157,5 tỷ, 5 projects
      // (P19 is TERMINATED); ÷ 26.000 = 6.057.692,307… → 6.057.692,31
      expect(ccnSecondary.DDI).toEqual(group(5, "0.00", "157500000000.00", "6057692.31"));
      // 7 projects × 100 planned jobs
      expect(ccnSecondary.jobs).toBe(700);
    });

    it("the CCN card's secondary projects on D2 = 31/12/2025: as they were then", async () => {
      const { ccnSecondary } = await getZoneFigures(viewer, { asOf: D2, year: 2025 });
      // FDI: P14 0,8 triệu only (P24 is issued in 2026)
      expect(ccnSecondary.FDI).toEqual(group(1, "800000.00", "0.00", "800000.00"));
      // DDI: P04 70 · P09 24 · P18 18 (its +6,5 is dated 2026) = 112 tỷ ÷ 25.000 = 4.480.000; P28, P29 issued in 2026.
      // P19 (terminated 01/03/2026) is left out as the zone cards do: the project's status is today's.
      expect(ccnSecondary.DDI).toEqual(group(3, "0.00", "112000000000.00", "4480000.00"));
      expect(ccnSecondary.jobs).toBe(400);
    });

    it("every zone card count opens a zones list of exactly that many zones, and the secondary projects a projects list", async () => {
      let checked = 0;
      for (const [date, year] of [[D1, 2026], [D2, 2025]] as const) {
        const figures = await getZoneFigures(viewer, { asOf: date, year });
        for (const kind of ["KCN", "CCN"] as const) {
          const f = figures[kind];
          const links = zoneCardLinks(kind, year);
          const pairs: [string, string, number][] = [
            ["in plan", links.inPlan, f.inPlan2030],
            ["established", links.established, f.established],
            ["operating", links.operating, f.operating],
            ["basically complete", links.basicallyComplete, f.infrastructureBasicallyComplete],
            ["prioritised", links.prioritised, f.prioritised],
            ["prioritised, plan approved", links.prioritisedWithApprovedPlan, f.prioritisedWithApprovedPlan],
          ];
          for (const [card, href, count] of pairs) {
            expect({ year, kind, card, count: (await zoneList(href, date)).count }).toEqual({ year, kind, card, count });
            checked++;
          }
          // The area and the occupancy link to the established zones: the list's summary shows the same sums.
          const established = await zoneList(links.established, date);
          expect([kind, established.summary.establishedAreaHa, established.summary.occupancy]).toEqual([kind, f.establishedAreaHa, f.occupancy]);
        }
        const secondary = ccnSecondaryLinks(date);
        const s = figures.ccnSecondary;
        for (const [card, href, count] of [["FDI", secondary.FDI, s.FDI.count], ["DDI", secondary.DDI, s.DDI.count], ["all", secondary.all, s.FDI.count + s.DDI.count]] as const) {
          expect({ year, card, count: await listCount(href) }).toEqual({ year, card, count });
          checked++;
        }
      }
      expect(checked).toBe(2 * (2 * 6 + 3));
      expect(ccnSecondaryLinks(D1).FDI).toBe("/projects?type=FDI&status=ACTIVE,EXTENDED&zone=CCN&secondary=yes&ircTo=2026-06-15");
      expect(zoneCardLinks("CCN", 2026).prioritisedWithApprovedPlan).toBe("/zones?kind=CCN&prioritisedIn=2026&planApproved=yes");
    });
  });
});
