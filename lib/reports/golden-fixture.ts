// The golden dataset of the dashboard's figures (golden.test.ts): a small province, written so
// that every figure can be worked out by hand from these tables. Read them with the test.
//
// Report dates: D1 = 15/06/2026 (period 01/01–15/06/2026, cùng kỳ 01/01–15/06/2025) and
//               D2 = 31/12/2025 (period 01/01–31/12/2025, cùng kỳ 01/01–31/12/2024).
import { db } from "@/lib/db";
import type { Currency, Indicator, InfrastructureStatus, InvestmentType, ProjectStatus, RateSource, ScopeKind, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const D1 = day("2026-06-15");
export const D2 = day("2025-12-31");

// ---- USD/VND rates. The board's convention is SBV_CENTRAL (set in the settings): the latest
// central rate in force on the date. 27.000 takes effect the day after D1 and the PLAN_YEAR rate is
// another source: neither may be used.
export const RATES: [RateSource, string, string][] = [
  ["SBV_CENTRAL", "2024-01-01", "24000"], // in force on 31/12/2024 (cùng kỳ of D2)
  ["SBV_CENTRAL", "2025-01-01", "25000"], // in force on 15/06/2025 and 31/12/2025
  ["SBV_CENTRAL", "2026-01-01", "26000"], // in force on D1
  ["SBV_CENTRAL", "2026-06-16", "27000"], // the day after D1
  ["PLAN_YEAR", "2026-01-01", "23000"], // another source
];

// ---- Six zones (their figures belong to lib/reports/zones.ts; kept realistic for it).
export type ZoneLabel = "K1" | "K2" | "K3" | "C1" | "C2" | "C3";
type ZoneSpec = [ZoneLabel, string, string, ZoneKind, ZoneStatus, boolean, [number, number] | null, boolean, InfrastructureStatus, string, string];
//                 label code       name                     kind   status         plan2030 priority      approved infrastructure         total ha leasable ha
export const ZONES: ZoneSpec[] = [
  ["K1", "KCN-YP", "KCN Yên Phong",     "KCN", "OPERATING",   true,  [2021, 2025], true,  "BASICALLY_COMPLETE", "655", "450"],
  ["K2", "KCN-QV", "KCN Quế Võ",        "KCN", "ESTABLISHED", true,  [2024, 2030], false, "UNDER_CONSTRUCTION", "300", "210"],
  ["K3", "KCN-TT", "KCN Thuận Thành",   "KCN", "PLANNED",     true,  [2026, 2030], true,  "NOT_STARTED",        "250", "180"],
  ["C1", "CCN-DN", "CCN Đồng Nguyên",   "CCN", "OPERATING",   true,  [2021, 2025], true,  "BASICALLY_COMPLETE", "60",  "45"],
  ["C2", "CCN-PK", "CCN Phong Khê",     "CCN", "ESTABLISHED", false, null,         false, "UNDER_CONSTRUCTION", "40",  "30"],
  ["C3", "CCN-TK", "CCN Thanh Khương",  "CCN", "PLANNED",     true,  [2026, 2030], false, "NOT_STARTED",        "25",  "18"],
];

// ---- 31 projects. Capital in the project's currency; "status (date)" is the status decision.
// Amendments: [date, capital delta]. Every amount in VND divides exactly by the rate that converts it.
export type ProjectLabel = `P${"0" | "1" | "2" | "3"}${number}`;
export type ProjectSpec = {
  label: ProjectLabel;
  type: InvestmentType;
  zone: ZoneLabel | null;
  currency: Currency;
  initial: string;
  irc: string;
  status: ProjectStatus;
  statusOn?: string;
  country: string;
  vsic: string;
  amendments?: [string, string][];
  archived?: true;
  infrastructure?: true;
  note?: string;
};

export const PROJECTS: ProjectSpec[] = [
  // before 2024
  { label: "P01", type: "FDI", zone: "K1", currency: "USD", initial: "10000000", irc: "2018-03-10", status: "ACTIVE", country: "KR", vsic: "C2610",
    amendments: [["2025-09-10", "-1000000"], ["2026-03-01", "5000000"], ["2026-05-20", "2000000"]], note: "two increases in D1's period: one project" },
  { label: "P02", type: "FDI", zone: "K1", currency: "USD", initial: "8000000", irc: "2019-07-01", status: "TERMINATED", statusOn: "2025-10-01", country: "JP", vsic: "C2930", note: "valid until 01/10/2025" },
  { label: "P03", type: "FDI", zone: "K2", currency: "USD", initial: "3000000", irc: "2020-05-05", status: "REVOKED", country: "CN", vsic: "C2220", note: "revoked, no decision date: never valid" },
  { label: "P04", type: "DDI", zone: "C1", currency: "VND", initial: "50000000000", irc: "2021-02-02", status: "ACTIVE", country: "VN", vsic: "C2392",
    amendments: [["2025-04-10", "20000000000"]] },
  { label: "P05", type: "FDI", zone: null, currency: "USD", initial: "2500000", irc: "2022-08-08", status: "SUSPENDED", country: "CN", vsic: "C1392",
    amendments: [["2026-06-15", "-500000"]], note: "a decrease ON D1; suspended is still valid" },
  { label: "P06", type: "FDI", zone: "K2", currency: "USD", initial: "4000000", irc: "2023-11-11", status: "EXTENDED", country: "SG", vsic: "C2720",
    amendments: [["2026-06-16", "1000000"]], note: "an increase the day AFTER D1" },
  // 2024
  { label: "P07", type: "FDI", zone: "K1", currency: "USD", initial: "6000000", irc: "2024-03-15", status: "ACTIVE", country: "KR", vsic: "C2610",
    amendments: [["2024-09-01", "1500000"]] },
  { label: "P08", type: "FDI", zone: "K2", currency: "USD", initial: "1200000", irc: "2024-06-20", status: "ACTIVE", country: "CN", vsic: "C2220",
    amendments: [["2025-05-05", "300000"]] },
  { label: "P09", type: "DDI", zone: "C2", currency: "VND", initial: "24000000000", irc: "2024-10-10", status: "ACTIVE", country: "VN", vsic: "C1079" },
  { label: "P10", type: "DDI", zone: null, currency: "VND", initial: "12000000000", irc: "2024-12-31", status: "ACTIVE", country: "VN", vsic: "F4100", note: "issued on 31/12/2024" },
  { label: "P11", type: "FDI", zone: "K1", currency: "USD", initial: "2000000", irc: "2024-05-05", status: "TERMINATED", statusOn: "2024-11-30", country: "JP", vsic: "C2930" },
  // 2025
  { label: "P12", type: "FDI", zone: "K1", currency: "USD", initial: "15000000", irc: "2025-02-10", status: "ACTIVE", country: "KR", vsic: "C2610" },
  { label: "P13", type: "FDI", zone: "K2", currency: "USD", initial: "5000000", irc: "2025-04-22", status: "ACTIVE", country: "CN", vsic: "C2740",
    amendments: [["2025-08-15", "2000000"], ["2026-02-01", "-1000000"]] },
  { label: "P14", type: "FDI", zone: "C1", currency: "USD", initial: "800000", irc: "2025-06-15", status: "ACTIVE", country: "TW", vsic: "C1410", note: "issued on the cùng kỳ day of D1" },
  { label: "P15", type: "FDI", zone: "K1", currency: "USD", initial: "3500000", irc: "2025-06-16", status: "ACTIVE", country: "JP", vsic: "C2930", note: "the day after it" },
  { label: "P16", type: "FDI", zone: null, currency: "VND", initial: "26000000000", irc: "2025-09-09", status: "ACTIVE", country: "SG", vsic: "M7110", note: "FDI registered in VND" },
  { label: "P17", type: "DDI", zone: "K1", currency: "VND", initial: "120000000000", irc: "2025-03-03", status: "ACTIVE", country: "VN", vsic: "C2511",
    amendments: [["2026-05-05", "-20000000000"]] },
  { label: "P18", type: "DDI", zone: "C2", currency: "VND", initial: "18000000000", irc: "2025-11-11", status: "ACTIVE", country: "VN", vsic: "C1610",
    amendments: [["2026-04-04", "6500000000"]] },
  { label: "P19", type: "DDI", zone: "C1", currency: "VND", initial: "9000000000", irc: "2025-07-07", status: "TERMINATED", statusOn: "2026-03-01", country: "VN", vsic: "C2220" },
  { label: "P20", type: "FDI", zone: "K2", currency: "USD", initial: "7000000", irc: "2025-12-31", status: "ACTIVE", country: "KR", vsic: "C2610", note: "issued ON D2" },
  { label: "P21", type: "FDI", zone: "K1", currency: "USD", initial: "9000000", irc: "2025-05-05", status: "ACTIVE", country: "KR", vsic: "C2610",
    amendments: [["2026-03-03", "1000000"]], archived: true, note: "archived: counts nowhere" },
  // 2026
  { label: "P22", type: "FDI", zone: "K1", currency: "USD", initial: "20000000", irc: "2026-01-15", status: "ACTIVE", country: "KR", vsic: "C2610",
    amendments: [["2026-06-01", "3000000"]], note: "new AND increased in D1's period" },
  { label: "P23", type: "FDI", zone: "K2", currency: "USD", initial: "4500000", irc: "2026-02-20", status: "ACTIVE", country: "CN", vsic: "C2740" },
  { label: "P24", type: "FDI", zone: "C1", currency: "USD", initial: "1000000", irc: "2026-03-10", status: "ACTIVE", country: "JP", vsic: "C2930",
    amendments: [["2026-06-15", "250000"]], note: "an increase ON D1" },
  { label: "P25", type: "FDI", zone: null, currency: "USD", initial: "600000", irc: "2026-04-01", status: "SUSPENDED", country: "US", vsic: "J6201" },
  { label: "P26", type: "FDI", zone: "K1", currency: "USD", initial: "12000000", irc: "2026-06-15", status: "ACTIVE", country: "TW", vsic: "C2640", note: "issued ON D1" },
  { label: "P27", type: "FDI", zone: "K2", currency: "USD", initial: "2000000", irc: "2026-06-16", status: "ACTIVE", country: "KR", vsic: "C2610", note: "issued the day AFTER D1" },
  { label: "P28", type: "DDI", zone: "C1", currency: "VND", initial: "26000000000", irc: "2026-01-20", status: "ACTIVE", country: "VN", vsic: "C2599" },
  { label: "P29", type: "DDI", zone: "C2", currency: "VND", initial: "13000000000", irc: "2026-05-05", status: "ACTIVE", country: "VN", vsic: "C1050" },
  { label: "P30", type: "DDI", zone: "K1", currency: "VND", initial: "65000000000", irc: "2026-02-14", status: "REVOKED", statusOn: "2026-06-01", country: "VN", vsic: "H5210", note: "new, then revoked" },
  { label: "P31", type: "FDI", zone: "K3", currency: "USD", initial: "25000000", irc: "2026-03-03", status: "ACTIVE", country: "KR", vsic: "L6810", infrastructure: true, note: "K3's infrastructure project" },
];

// ---- Plan targets: [year, indicator, scope, target, monthly split (12 values) or none].
const EXPORT_SPLIT_2026 = ["800", "800", "900", "1000", "1000", "1100", "1000", "1000", "1100", "1100", "1100", "1100"].map((m) => `${m}000000`); // Σ = 12.000 triệu USD
export const TARGETS: [number, Indicator, ScopeKind, string, string[]][] = [
  [2026, "INDUSTRIAL_PRODUCTION_VALUE", "PROVINCE", "240000000000000", []], // 240 nghìn tỷ đồng
  [2026, "EXPORT_VALUE", "PROVINCE", "12000000000", EXPORT_SPLIT_2026], //   12 tỷ USD, split by month
  [2026, "REGISTERED_CAPITAL_CONVERTED", "PROVINCE", "150000000", []], //   150 triệu USD
  [2026, "NEW_PROJECTS", "PROVINCE", "20", []],
  [2026, "JOBS", "PROVINCE", "10000", []],
  [2026, "INDUSTRIAL_PRODUCTION_VALUE", "ALL_KCN", "180000000000000", []], // another scope: never read for PROVINCE
  [2025, "INDUSTRIAL_PRODUCTION_VALUE", "PROVINCE", "200000000000000", []],
  [2025, "EXPORT_VALUE", "PROVINCE", "10000000000", []],
  [2025, "REGISTERED_CAPITAL_CONVERTED", "PROVINCE", "100000000", []],
  [2025, "NEW_PROJECTS", "PROVINCE", "15", []],
  // no JOBS target for 2025
];

// ---- Monthly actuals (each month's own figure), PROVINCE unless said. null = not entered.
// "e" after a value marks an estimate (ước). Production in nghìn tỷ đồng (×10^12), export in
// triệu USD (×10^6), jobs as they are.
type Month = number | `${number}e` | null;
export const ACTUALS: { year: number; indicator: Indicator; unit: number; scope?: ScopeKind; months: Month[] }[] = [
  { year: 2024, indicator: "INDUSTRIAL_PRODUCTION_VALUE", unit: 1e12, months: [15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15] },
  { year: 2025, indicator: "INDUSTRIAL_PRODUCTION_VALUE", unit: 1e12, months: [14, 13, 16, 17, 18, 19, 20, 20, 21, 22, 23, "25e"] },
  //                                                                    March missing ↓          June ước ↓  July: after D1's month ↓
  { year: 2026, indicator: "INDUSTRIAL_PRODUCTION_VALUE", unit: 1e12, months: [18, 15, null, 21, 22, "23e", "25e"] },
  { year: 2026, indicator: "INDUSTRIAL_PRODUCTION_VALUE", unit: 1e12, scope: "ALL_KCN", months: [12] },
  { year: 2025, indicator: "EXPORT_VALUE", unit: 1e6, months: [700, 650, 800, 820, 880, 900, 950, 960, 1000, 1020, 1050, 1100] },
  { year: 2026, indicator: "EXPORT_VALUE", unit: 1e6, months: [850, 780, 950, 1020, 990] }, // June not reported yet
  { year: 2025, indicator: "JOBS", unit: 1, months: [300, 300, 300, 300, 300, 300] },
  { year: 2026, indicator: "JOBS", unit: 1, months: [500, 400, 600, 700, 800, "1000e"] },
];

const TARGET_UNITS: Record<Indicator, string> = {
  INDUSTRIAL_PRODUCTION_VALUE: "VND",
  EXPORT_VALUE: "USD",
  REGISTERED_CAPITAL_CONVERTED: "USD",
  NEW_PROJECTS: "dự án",
  JOBS: "lao động",
};

export type Golden = { zones: Record<ZoneLabel, number>; projects: Record<string, number> };

/** Inserts the whole dataset (into this test file's own empty database). */
export async function seedGolden(): Promise<Golden> {
  await db.setting.upsert({ where: { key: "rateSource" }, create: { key: "rateSource", value: "SBV_CENTRAL" }, update: { value: "SBV_CENTRAL" } });
  await db.exchangeRate.createMany({ data: RATES.map(([source, on, rate]) => ({ source, effectiveOn: day(on), rate })) });

  const zones = {} as Record<ZoneLabel, number>;
  for (const [label, code, name, kind, status, inPlan2030, priority, approved, infrastructureStatus, total, leasable] of ZONES) {
    const zone = await db.zone.create({
      data: {
        code, name, kind, status, inPlan2030, district: "Bắc Ninh",
        priorityFromYear: priority?.[0] ?? null, priorityToYear: priority?.[1] ?? null,
        constructionPlanApproved: approved, infrastructureStatus, totalAreaHa: total, leasableAreaHa: leasable,
      },
    });
    zones[label] = zone.id;
  }

  const investors = new Map<string, number>();
  const projects: Record<string, number> = {};
  for (const s of PROJECTS) {
    let investorId = investors.get(s.country);
    if (investorId === undefined) {
      investorId = (await db.investor.create({ data: { name: `Nhà đầu tư ${s.country}`, country: s.country, identifier: `ID-${s.country}` } })).id;
      investors.set(s.country, investorId);
    }
    let capital = BigInt(s.initial);
    const amendments = (s.amendments ?? []).map(([on, delta], i) => {
      const before = capital;
      capital += BigInt(delta);
      return { number: i + 1, amendedOn: day(on), capitalDelta: delta, capitalBefore: before.toString(), capitalAfter: capital.toString() };
    });
    const n = s.label.slice(1);
    const project = await db.project.create({
      data: {
        code: `GD-${n}`, ircNumber: `21000000${n}`, ircFirstIssuedOn: day(s.irc), ircIssuingAgency: "Ban Quản lý các KCN",
        name: `Dự án ${s.label}`, type: s.type, leadInvestorId: investorId, originCountry: s.country,
        zoneId: s.zone ? zones[s.zone] : null, isSecondary: !s.infrastructure,
        vsicCode: s.vsic, vsicSection: s.vsic.slice(0, 1), currency: s.currency,
        initialCapital: s.initial, currentCapital: capital.toString(), landAreaHa: "5", plannedJobs: 100,
        status: s.status, statusDecisionNo: s.statusOn ? `QĐ-${n}` : null, statusDecisionOn: s.statusOn ? day(s.statusOn) : null,
        archivedAt: s.archived ? day("2026-01-05") : null,
        investors: { create: { investorId, isLead: true } },
        amendments: { create: amendments },
      },
    });
    projects[s.label] = project.id;
  }

  for (const [year, indicator, scopeKind, target, split] of TARGETS) {
    await db.planTarget.create({ data: { year, indicator, scopeKind, scopeKey: scopeKind, target, unit: TARGET_UNITS[indicator], monthlySplit: split } });
  }
  for (const { year, indicator, unit, scope, months } of ACTUALS) {
    const scopeKind = scope ?? "PROVINCE";
    const rows = months.flatMap((m, i) => {
      if (m === null) return [];
      const isEstimate = typeof m === "string";
      const value = (BigInt(Number.parseInt(String(m), 10)) * BigInt(unit)).toString();
      return [{ year, month: i + 1, indicator, scopeKind, scopeKey: scopeKind, value, isEstimate }];
    });
    await db.indicatorActual.createMany({ data: rows });
  }
  return { zones, projects };
}
