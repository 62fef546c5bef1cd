// The bulletin against the dashboard, on the golden dataset (lib/reports/golden-fixture.ts): every
// figure line of the XLSX and of the PDF (read back with exceljs and pdftotext) carries exactly the
// value that the lib/reports functions return for the report date, formatted as the dashboard's
// cards format it (lib/format, vi, and the dashboard's own change wording); the two lists hold
// exactly the projects of the dashboard's drill-down lists; the files are kept byte for byte.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Dec } from "@/lib/format/decimal";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatArea, formatCount, formatMoney, formatPercent, formatPercentValue, MISSING } from "@/lib/format";
import { loadMessages } from "@/lib/i18n/messages";
import { findProjects } from "@/lib/projects/find-projects";
import { parseProjectListParams } from "@/lib/projects/list-params";
import { periodRange, projectListHref } from "@/lib/reports/drilldown";
import { D1, D2, seedGolden } from "@/lib/reports/golden-fixture";
import { getIndicatorFigures, type IndicatorFigures, type MonthlyIndicatorFigure } from "@/lib/reports/indicators";
import { getInvestmentFigures, type Group, type InvestmentFigures } from "@/lib/reports/investment";
import { isoDay, reportPeriod } from "@/lib/reports/period";
import { getZoneFigures, type ZoneFigures, type ZoneKindFigures } from "@/lib/reports/zones";
import { makeUser } from "@/lib/testing/factories";
import type { ListRow } from "./project-lists";
import { generateBulletin } from "./generate-bulletin";
import { getBulletinDocument } from "./get-bulletin-document";
import { getBulletinFile } from "./get-bulletin-file";
import { renderBulletinHtml } from "./html";
import { generateBulletinSchema } from "./schemas";
import { openPrinter } from "./pdf";
import { pdfRow, pdfText, readWorkbook, sheetRows } from "./test-read-back";
import { SHEETS } from "./xlsx";

// Each generation launches Chromium, which takes several seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const BOARD = "Ban Quản lý các KCN";
const PROVINCE = "Bắc Ninh";

let manager: CurrentUser;
let viewer: CurrentUser;
let bulletinId: number;
let pdf: Buffer;
let xlsx: Buffer;
let text: string;
let inv: InvestmentFigures;
let ind: IndicatorFigures;
let zones: ZoneFigures;

// ---- the dashboard's formatting (components/dashboard/kpi-tiles.tsx, kpi-card.tsx, zone-card.tsx)
const common = loadMessages("vi").dashboard.common;
const count = (n: number | string | null) => formatCount(n, "vi");
const pct = (p: string | null) => formatPercentValue(p, "vi", 1);
const usd = (v: string | null) => formatMoney(v, "USD", "vi");
const vnd = (v: string | null) => formatMoney(v, "VND", "vi");
/** kpi-card.tsx Change, without its arrow. */
function change(p: string | null): string {
  if (p === null) return common.changeNone;
  const shown = formatPercentValue(Math.abs(Number(p)), "vi", 1);
  if (shown === formatPercentValue(0, "vi", 1)) return common.changeFlat;
  return (Number(p) > 0 ? common.changeUp : common.changeDown).replace("{pct}", shown);
}
const capital = (type: "FDI" | "DDI", g: Group) => (type === "FDI" ? usd(g.capital.totalUsd) : vnd(g.capital.vnd));
const jobs = (v: string | null) => (v === null ? MISSING : loadMessages("vi").dashboard.kpi.jobs.unit.replace("{count}", count(v)));

/** [no, value, plan target, % of plan, cùng kỳ, change] for every figure line. */
type Line = [string, string, string, string, string, string];

function groupLines(key: "newProjects" | "increases" | "decreases" | "valid", type: "FDI" | "DDI", nos: [string, string]): Line[] {
  const [cur, prev, ch] = [inv.current[key][type], inv.previous[key][type], inv.change[key][type]];
  return [
    [nos[0], count(cur.count), MISSING, MISSING, count(prev.count), change(ch.countPct)],
    [nos[1], capital(type, cur), MISSING, MISSING, capital(type, prev), change(ch.capitalPct)],
  ];
}

function monthlyLine(no: string, f: MonthlyIndicatorFigure): Line {
  const amount = f.unit === "job" ? jobs : f.unit === "USD" ? usd : vnd;
  return [no, amount(f.ytd), amount(f.target), pct(f.percentOfPlan), amount(f.previous.value), change(f.changePct)];
}

function expectedLines(): Line[] {
  const { newProjects: np, convertedCapital: cc } = ind;
  return [
    ...groupLines("newProjects", "FDI", ["1.1", "1.2"]),
    ...groupLines("newProjects", "DDI", ["1.3", "1.4"]),
    ["1.5", count(np.value), `${count(np.target)} ${common.projectsUnit}`, pct(np.percentOfPlan), count(np.previous), change(np.changePct)],
    ...groupLines("increases", "FDI", ["2.1", "2.2"]),
    ...groupLines("increases", "DDI", ["2.3", "2.4"]),
    ...groupLines("decreases", "FDI", ["2.5", "2.6"]),
    ...groupLines("decreases", "DDI", ["2.7", "2.8"]),
    ["3.1", usd(cc.value), usd(cc.target), pct(cc.percentOfPlan), usd(cc.previous), change(cc.changePct)],
    ["3.2", count(inv.current.newAndAdded.projects), MISSING, MISSING, count(inv.previous.newAndAdded.projects), change(inv.change.newAndAdded.countPct)],
    ...groupLines("valid", "FDI", ["4.1", "4.2"]),
    monthlyLine("5.1", ind.production),
    monthlyLine("5.2", ind.exports),
    monthlyLine("5.3", ind.jobs),
  ];
}

function expectedZoneLines(): [string, string, string][] {
  const both = (no: string, pick: (z: ZoneKindFigures) => string): [string, string, string] => [no, pick(zones.KCN), pick(zones.CCN)];
  return [
    both("6.1", (z) => count(z.inPlan2030)),
    both("6.2", (z) => count(z.established)),
    both("6.3", (z) => count(z.operating)),
    both("6.4", (z) => formatArea(z.establishedAreaHa, "vi")),
    both("6.5", (z) => formatPercent(z.occupancy.occupancy, "vi")),
    both("6.6", (z) => formatArea(z.occupancy.leasedHa, "vi")),
    both("6.7", (z) => formatArea(z.occupancy.leasableHa, "vi")),
    both("6.8", (z) => count(z.infrastructureBasicallyComplete)),
    both("6.9", (z) => count(z.prioritised)),
    both("6.10", (z) => count(z.prioritisedWithApprovedPlan)),
    both("6.11", (z) => count(z.activeSecondary)),
    both("6.12", (z) => count(z.activeSecondaryFdi)),
    both("6.13", (z) => count(z.activeSecondaryDdi)),
  ];
}

/** The codes the projects list shows for a dashboard drill-down link (every page). */
async function listCodes(href: string): Promise<string[]> {
  const params = parseProjectListParams(new URLSearchParams(href.split("?")[1] ?? ""));
  const first = await findProjects(viewer, { ...params, perPage: 100, sort: "code", dir: "asc" }, { on: D1 });
  expect(first.totalPages).toBe(1);
  return first.data.map((r) => r.code);
}

/** The project codes printed in one part of the PDF text, sorted. */
function codesBetween(from: string, to: string): string[] {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  return [...text.slice(start, end).matchAll(/\bGD-\d+\b/g)].map((m) => m[0]).sort();
}

/** The data rows of a list sheet: those below the header whose first cell is a row number. */
function listSheet(name: string) {
  return sheetRows(wb, name).filter((r) => typeof r[0] === "number");
}

let wb: Awaited<ReturnType<typeof readWorkbook>>;

beforeAll(async () => {
  await seedGolden();
  await db.setting.createMany({ data: [{ key: "boardName", value: BOARD }, { key: "provinceName", value: PROVINCE }] });
  [manager, viewer] = await Promise.all([makeUser("MANAGER"), makeUser("VIEWER")]);
  [inv, ind, zones] = await Promise.all([getInvestmentFigures(viewer, D1), getIndicatorFigures(viewer, D1), getZoneFigures(viewer, { asOf: D1, year: 2026 })]);
  ({ id: bulletinId } = await generateBulletin(manager, { reportDate: isoDay(D1) }));
  [pdf, xlsx] = await Promise.all([getBulletinFile(viewer, bulletinId, "pdf"), getBulletinFile(viewer, bulletinId, "xlsx")]).then((files) => files.map((f) => f.bytes));
  text = pdfText(pdf);
  wb = await readWorkbook(xlsx);
}, 120_000);

describe("the bulletin for D1 = 15/06/2026 carries the dashboard's figures", () => {
  it("the dataset is the golden one (a few cards as golden.test.ts computed them by hand)", () => {
    expect(ind.newProjects).toMatchObject({ value: "9", target: "20.00", percentOfPlan: "45.00" });
    expect(inv.current.newProjects.FDI.count + inv.current.newProjects.DDI.count).toBe(9);
  });

  it("XLSX: every figure line of the summary sheet has the dashboard's value, plan, % of plan, cùng kỳ and change, and the exact number", () => {
    const rows = sheetRows(wb, SHEETS.summary);
    for (const [no, ...cells] of expectedLines()) {
      const row = rows.find((r) => r[0] === no);
      expect(row, `line ${no}`).toBeDefined();
      expect(row?.slice(2, 7), `line ${no}`).toEqual(cells);
    }
    // the number column is the exact figure: new FDI capital in USD, production YTD in VND
    expect(rows.find((r) => r[0] === "1.2")?.[7]).toBe(Number(inv.current.newProjects.FDI.capital.totalUsd));
    expect(rows.find((r) => r[0] === "5.1")?.[7]).toBe(Number(ind.production.ytd));
  });

  it("PDF: every figure line reads the same values in the same order", () => {
    for (const [no, ...cells] of expectedLines()) {
      const line = pdfRow(text, no);
      expect(line, `line ${no}`).toBeDefined();
      expect(line?.endsWith(` ${cells.join(" ")}`), `line ${no}: "${line}" should end with "${cells.join(" ")}"`).toBe(true);
    }
  });

  it("XLSX and PDF: the KCN and CCN figures are the zone cards'", () => {
    const rows = sheetRows(wb, SHEETS.zones);
    for (const [no, kcn, ccn] of expectedZoneLines()) {
      expect(rows.find((r) => r[0] === no)?.slice(2, 4), `line ${no}`).toEqual([kcn, ccn]);
      expect(pdfRow(text, no)?.endsWith(` ${kcn} ${ccn}`), `line ${no}: ${pdfRow(text, no)}`).toBe(true);
    }
  });

  it("PDF: the national header, the board and province from the settings, the date, and page numbers on every page", () => {
    const flowing = pdfText(pdf, false).replace(/\s+/g, " ");
    expect(flowing).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(flowing).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(flowing).toContain(`UBND TỈNH ${PROVINCE.toLocaleUpperCase("vi")}`);
    expect(flowing).toContain(BOARD.toLocaleUpperCase("vi"));
    expect(flowing).toMatch(new RegExp(`${PROVINCE}, ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}`));
    expect(flowing).toContain("đến ngày 15/06/2026");
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => expect(page).toContain(`Trang ${i + 1}/${pages.length}`));
  });
});

describe("the lists hold exactly the projects behind the cards", () => {
  it("new projects: the dashboard's drill-down list, as many as the card counts, in the XLSX and in the PDF", async () => {
    const { from, to } = periodRange(reportPeriod(D1));
    const expected = await listCodes(projectListHref({ ircFrom: from, ircTo: to }));
    expect(expected).toHaveLength(inv.current.newProjects.FDI.count + inv.current.newProjects.DDI.count);
    const rows = listSheet(SHEETS.newProjects);
    expect(rows.map((r) => r[1]).sort()).toEqual(expected);
    expect(codesBetween("IV. Danh sách dự án cấp mới", "V. Danh sách dự án điều chỉnh tăng vốn")).toEqual(expected);

    // their capital (a number per row) adds up to the card's, currency by currency
    const sum = (currency: string) => rows.filter((r) => r[10] === currency).reduce((s, r) => s.plus(Number(r[9])), new Dec(0));
    const { FDI, DDI } = inv.current.newProjects;
    expect(sum("USD").toFixed(2)).toBe(new Dec(FDI.capital.usd).plus(DDI.capital.usd).toFixed(2));
    expect(sum("VND").toFixed(2)).toBe(new Dec(FDI.capital.vnd).plus(DDI.capital.vnd).toFixed(2));
    expect(rows.every((r) => r[8] instanceof Date)).toBe(true);
    // capital shows cents for USD and whole đồng for VND
    const formats = new Set<string>();
    wb.getWorksheet(SHEETS.newProjects)?.eachRow((row) => {
      if (typeof row.getCell(1).value === "number") formats.add(`${String(row.getCell(11).value)} ${row.getCell(10).numFmt}`);
    });
    expect([...formats].sort()).toEqual(["USD #,##0.00", "VND #,##0"]);
  });

  it("capital increases: the dashboard's drill-down list, as many as the card counts, with the added capital of the card", async () => {
    const { from, to } = periodRange(reportPeriod(D1));
    const expected = await listCodes(projectListHref({ increasedFrom: from, increasedTo: to }));
    expect(expected).toHaveLength(inv.current.increases.FDI.count + inv.current.increases.DDI.count);
    const rows = listSheet(SHEETS.increases);
    expect(rows.map((r) => r[1]).sort()).toEqual(expected);
    expect(codesBetween("V. Danh sách dự án điều chỉnh tăng vốn", "Báo cáo do")).toEqual(expected);

    const sum = (currency: string) => rows.filter((r) => r[10] === currency).reduce((s, r) => s.plus(Number(r[9])), new Dec(0));
    const { FDI, DDI } = inv.current.increases;
    expect(sum("USD").toFixed(2)).toBe(new Dec(FDI.capital.usd).plus(DDI.capital.usd).toFixed(2));
    expect(sum("VND").toFixed(2)).toBe(new Dec(FDI.capital.vnd).plus(DDI.capital.vnd).toFixed(2));
  });
});

describe("a kept bulletin", () => {
  it("downloads as the same bytes later, after another bulletin was generated", async () => {
    const { id: other } = await generateBulletin(manager, { reportDate: isoDay(D2) });
    expect(other).not.toBe(bulletinId);
    const again = await Promise.all([getBulletinFile(viewer, bulletinId, "pdf"), getBulletinFile(viewer, bulletinId, "xlsx")]);
    expect(again[0].bytes.equals(pdf)).toBe(true);
    expect(again[1].bytes.equals(xlsx)).toBe(true);
    expect(again[0].bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(again[1].bytes.subarray(0, 2).toString()).toBe("PK");
    expect((await getBulletinFile(viewer, other, "pdf")).bytes.equals(pdf)).toBe(false);
  });

  it("was audited as GENERATE by its manager, in the same transaction", async () => {
    const events = await db.auditEvent.findMany({ where: { entity: "Bulletin", entityId: String(bulletinId) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "GENERATE", actorId: manager.id, meta: { reportDate: "2026-06-15", newProjects: 9 } });
  });

  it("an unknown id is NOT_FOUND", async () => {
    await expect(getBulletinFile(viewer, 999_999, "pdf")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("bad report dates get a field message and write nothing", () => {
  const cases: [string, string][] = [
    ["", "required"],
    ["2026-02-30", "bulletin.errors.date"],
    ["31/02/2026", "bulletin.errors.date"],
    ["15.06.2026x", "bulletin.errors.date"],
    ["1999-12-31", "bulletin.errors.tooEarly"],
    ["31/12/1999", "bulletin.errors.tooEarly"],
    ["2999-01-01", "bulletin.errors.future"],
  ];
  for (const [reportDate, key] of cases) {
    it(`"${reportDate}" → ${key}`, async () => {
      const before = await db.bulletin.count();
      const error = await generateBulletin(manager, { reportDate }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("VALIDATION");
      expect((error as AppError).fieldErrors?.reportDate?.[0]?.key).toBe(key);
      expect(await db.bulletin.count()).toBe(before);
    });
  }
});

describe("the report date is read as users type it", () => {
  it("dd/MM/yyyy (the dashboard's format) and yyyy-MM-dd (links) name the same day", () => {
    expect(generateBulletinSchema.parse({ reportDate: "15/06/2026" }).reportDate).toBe("2026-06-15");
    expect(generateBulletinSchema.parse({ reportDate: "2026-06-15" }).reportDate).toBe("2026-06-15");
  });
});

describe("long lists break cleanly across pages", () => {
  it("the list's header repeats on every page it runs onto, and no row is split between two pages", async () => {
    const doc = await getBulletinDocument(viewer, bulletinId);
    const template = doc.newProjects.rows[0];
    expect(template).toBeDefined();
    const rows: ListRow[] = Array.from({ length: 150 }, (_, i) => ({ ...(template as ListRow), no: i + 1, code: `LONG-${i + 1}`, name: `Dự án dài số ${i + 1}`, investor: `Nhà đầu tư dòng ${i + 1}` }));
    const printer = openPrinter();
    const long = await printer.print(renderBulletinHtml({ ...doc, newProjects: { ...doc.newProjects, rows, total: rows.length } })).finally(() => printer.close());
    const pages = pdfText(long).split("\f").filter((p) => p.trim() !== "");
    const listPages = pages.filter((p) => /\bLONG-\d+\b/.test(p));
    expect(listPages.length).toBeGreaterThanOrEqual(3);
    for (const page of listPages) expect(page.replace(/\s+/g, " ")).toContain("STT Mã dự án Tên dự án, nhà đầu tư");
    for (const r of rows) {
      const holding = pages.filter((p) => new RegExp(`\\b${r.code}\\b`).test(p));
      expect(holding, r.code).toHaveLength(1);
      // the row's second line (its investor) is on the same page as its first
      expect(holding[0], r.code).toContain(`${r.investor} (`);
    }
  });
});
