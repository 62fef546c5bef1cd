import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import type { ReportPeriod } from "@/lib/reports/period";
import type { Settings } from "@/lib/settings/schemas";
import type { BulletinFigures } from "./collect-figures";
import { investmentSection, productionSection, zoneSection, type FigureSection, type ZoneSection } from "./figure-sections";
import type { PeriodListHead } from "./read-period-lists";
import { projectList, type ProjectList } from "./project-lists";
import { count, pct, VI } from "./wording";

// The bulletin as printed: every figure of BulletinFigures formatted with lib/format exactly as the
// dashboard's cards format it (components/dashboard/kpi-tiles.tsx, zone-card.tsx), in Vietnamese.
// The bulletin is an official document sent to the provincial People's Committee, so it is always
// Vietnamese, whatever the reader's language. Pure: the HTML (print view, PDF) and the XLSX are
// both drawn from this one model, and it is what a kept bulletin stores. It is built in two steps:
// the frame (everything but the figure tables) as soon as the settings and the lists' counts and
// first rows are read, so that the XLSX can write the lists while the figures are still read.

export type BulletinDocument = {
  title: string;
  boardName: string;
  provinceName: string;
  /** yyyy-MM-dd and dd/MM/yyyy */
  reportDate: string;
  reportDateText: string;
  /** "Bắc Ninh, ngày 16 tháng 6 năm 2026": the day it was issued, in Vietnam. */
  placeAndDate: string;
  generatedAt: string;
  generatedBy: string;
  lead: string;
  investment: FigureSection;
  production: FigureSection;
  zones: ZoneSection;
  newProjects: ProjectList;
  increases: ProjectList;
};

export const BULLETIN_TITLE = "Báo cáo tình hình thu hút đầu tư và hoạt động các KCN, CCN";

/** "Bắc Ninh, ngày 16 tháng 6 năm 2026" (Vietnam's calendar day of `at`). */
function placeAndDate(provinceName: string, at: Date): string {
  const [d, m, y] = formatDateTime(at, VI).slice(0, 10).split("/").map(Number);
  const date = `ngày ${d} tháng ${m} năm ${y}`;
  return provinceName.trim() ? `${provinceName.trim()}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

function leadParagraph(f: BulletinFigures): string {
  const { newProjects, increases } = f.investment.current;
  const c = f.indicators.convertedCapital;
  const plan = c.percentOfPlan === null ? "" : `, bằng ${pct(c.percentOfPlan)} kế hoạch năm`;
  return (
    `Từ đầu năm đến ngày ${formatDate(f.reportDate, VI)}, toàn tỉnh thu hút ${count(newProjects.FDI.count)} dự án FDI và ${count(newProjects.DDI.count)} dự án DDI, ` +
    `điều chỉnh tăng vốn cho ${count(increases.FDI.count + increases.DDI.count)} dự án; tổng vốn đăng ký cấp mới và tăng thêm quy đổi đạt ${formatMoney(c.value, "USD", VI)}${plan}.`
  );
}

/** Everything the document holds but the figures: what the XLSX's list sheets print. */
export type BulletinFrame = Omit<BulletinDocument, "lead" | "investment" | "production" | "zones">;

export type FrameInput = {
  period: ReportPeriod;
  settings: Pick<Settings, "boardName" | "provinceName">;
  newProjects: PeriodListHead;
  increases: PeriodListHead;
};

export function buildBulletinFrame({ period, settings, newProjects, increases }: FrameInput, generated: { at: Date; by: string }): BulletinFrame {
  const reportDateText = formatDate(period.to, VI);
  const since = `từ 01/01/${period.year} đến ${reportDateText}`;
  return {
    title: BULLETIN_TITLE,
    boardName: settings.boardName,
    provinceName: settings.provinceName,
    reportDate: period.to.toISOString().slice(0, 10),
    reportDateText,
    placeAndDate: placeAndDate(settings.provinceName, generated.at),
    generatedAt: formatDateTime(generated.at, VI),
    generatedBy: generated.by,
    newProjects: projectList(newProjects, "newProjects", `IV. Danh sách dự án cấp mới ${since}`, "Vốn đăng ký"),
    increases: projectList(increases, "increases", `V. Danh sách dự án điều chỉnh tăng vốn ${since}`, "Vốn tăng thêm trong kỳ"),
  };
}

export function buildBulletinDocument(frame: BulletinFrame, f: BulletinFigures): BulletinDocument {
  return { ...frame, lead: leadParagraph(f), investment: investmentSection(f), production: productionSection(f), zones: zoneSection(f) };
}
