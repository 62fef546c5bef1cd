import { formatArea, formatDate, formatMoney, formatPercent, MISSING } from "@/lib/format";
import type { MonthlyIndicatorFigure } from "@/lib/reports/indicators";
import type { Group, InvestmentFigures } from "@/lib/reports/investment";
import type { ZoneKindFigures } from "@/lib/reports/zones";
import type { BulletinFigures } from "./collect-figures";
import { changeText, count, DASHBOARD, fill, pct, rateNote, VI } from "./wording";

// The bulletin's figure tables (I investment, II production, III zones): one line per dashboard
// figure, each value formatted exactly as the dashboard's card formats it
// (components/dashboard/kpi-tiles.tsx, zone-card.tsx). Nothing is computed here.

export type FigureUnit = "project" | "USD" | "VND" | "job";

/** One line of a figures table: the value in the period, against the annual plan and cùng kỳ. */
export type FigureRow = {
  no: string;
  label: string;
  value: string;
  target: string;
  percentOfPlan: string;
  previous: string;
  change: string;
  /** The value as an exact decimal string (null: none), for the spreadsheet's number column. */
  raw: string | null;
  unit: FigureUnit;
};

export type FigureSection = { title: string; rows: FigureRow[]; notes: string[] };
export type ZoneRow = { no: string; label: string; KCN: string; CCN: string };
export type ZoneSection = { title: string; rows: ZoneRow[]; notes: string[] };

/** The headline capital of a type, as the cards show it: FDI in converted USD, DDI in VND. */
function capitalOf(type: "FDI" | "DDI", group: Group): { text: string; raw: string | null; unit: FigureUnit } {
  return type === "FDI"
    ? { text: formatMoney(group.capital.totalUsd, "USD", VI), raw: group.capital.totalUsd, unit: "USD" }
    : { text: formatMoney(group.capital.vnd, "VND", VI), raw: group.capital.vnd, unit: "VND" };
}

function row(no: string, label: string, fields: Partial<FigureRow> & Pick<FigureRow, "value" | "raw" | "unit">): FigureRow {
  return { no, label, target: MISSING, percentOfPlan: MISSING, previous: MISSING, change: MISSING, ...fields };
}

type GroupKey = "newProjects" | "increases" | "decreases" | "valid";

/** A count row and a capital row for one group and type, with cùng kỳ and the change. */
function groupRows(inv: InvestmentFigures, key: GroupKey, type: "FDI" | "DDI", no: [string, string], labels: [string, string]): FigureRow[] {
  const current = inv.current[key][type];
  const previous = inv.previous[key][type];
  const change = inv.change[key][type];
  const capital = capitalOf(type, current);
  return [
    row(no[0], labels[0], { value: count(current.count), raw: String(current.count), unit: "project", previous: count(previous.count), change: changeText(change.countPct) }),
    row(no[1], labels[1], { value: capital.text, raw: capital.raw, unit: capital.unit, previous: capitalOf(type, previous).text, change: changeText(change.capitalPct) }),
  ];
}


export function investmentSection(f: BulletinFigures): FigureSection {
  const inv = f.investment;
  const ind = f.indicators;
  const { newProjects, convertedCapital } = ind;
  const rows: FigureRow[] = [
    ...groupRows(inv, "newProjects", "FDI", ["1.1", "1.2"], ["Số dự án FDI cấp mới", "Vốn đăng ký cấp mới FDI"]),
    ...groupRows(inv, "newProjects", "DDI", ["1.3", "1.4"], ["Số dự án DDI cấp mới", "Vốn đăng ký cấp mới DDI"]),
    row("1.5", "Tổng số dự án cấp mới", {
      value: count(newProjects.value),
      raw: newProjects.value,
      unit: "project",
      target: newProjects.target === null ? MISSING : `${count(newProjects.target)} ${DASHBOARD.common.projectsUnit}`,
      percentOfPlan: pct(newProjects.percentOfPlan),
      previous: count(newProjects.previous),
      change: changeText(newProjects.changePct),
    }),
    ...groupRows(inv, "increases", "FDI", ["2.1", "2.2"], ["Số dự án FDI điều chỉnh tăng vốn", "Vốn tăng thêm FDI"]),
    ...groupRows(inv, "increases", "DDI", ["2.3", "2.4"], ["Số dự án DDI điều chỉnh tăng vốn", "Vốn tăng thêm DDI"]),
    ...groupRows(inv, "decreases", "FDI", ["2.5", "2.6"], ["Số dự án FDI điều chỉnh giảm vốn", "Vốn giảm FDI"]),
    ...groupRows(inv, "decreases", "DDI", ["2.7", "2.8"], ["Số dự án DDI điều chỉnh giảm vốn", "Vốn giảm DDI"]),
    row("3.1", "Tổng vốn đăng ký cấp mới và tăng thêm (quy đổi USD)", {
      value: formatMoney(convertedCapital.value, "USD", VI),
      raw: convertedCapital.value,
      unit: "USD",
      target: formatMoney(convertedCapital.target, "USD", VI),
      percentOfPlan: pct(convertedCapital.percentOfPlan),
      previous: formatMoney(convertedCapital.previous, "USD", VI),
      change: changeText(convertedCapital.changePct),
    }),
    row("3.2", "Số dự án cấp mới hoặc tăng vốn", {
      value: count(inv.current.newAndAdded.projects),
      raw: String(inv.current.newAndAdded.projects),
      unit: "project",
      previous: count(inv.previous.newAndAdded.projects),
      change: changeText(inv.change.newAndAdded.countPct),
    }),
    ...groupRows(inv, "valid", "FDI", ["4.1", "4.2"], ["Số dự án FDI còn hiệu lực (toàn tỉnh)", "Vốn đăng ký của dự án FDI còn hiệu lực"]),
  ];
  return {
    title: "I. Thu hút đầu tư",
    rows,
    notes: [
      `Quy đổi trong kỳ: ${rateNote(convertedCapital.rate)}`,
      `Quy đổi cùng kỳ: ${rateNote(convertedCapital.previousRate)}`,
      `Vốn FDI quy đổi USD, vốn DDI tính bằng đồng. Dự án còn hiệu lực tính đến ngày ${formatDate(inv.current.period.to, VI)}.`,
    ],
  };
}

function monthlyRow(no: string, label: string, f: MonthlyIndicatorFigure): FigureRow {
  const amount = (value: string | null) =>
    f.unit === "job" ? (value === null ? MISSING : fill(DASHBOARD.kpi.jobs.unit, { count: count(value) })) : formatMoney(value, f.unit, VI);
  return row(no, label, {
    value: amount(f.ytd),
    raw: f.ytd,
    unit: f.unit === "job" ? "job" : f.unit,
    target: amount(f.target),
    percentOfPlan: pct(f.percentOfPlan),
    previous: amount(f.previous.value),
    change: changeText(f.changePct),
  });
}

/** "Giá trị sản xuất công nghiệp: đến hết tháng 6/2026 (có số ước; thiếu tháng 3)." and the year-end pace. */
function monthlyNote(label: string, f: MonthlyIndicatorFigure): string {
  if (f.lastMonthReported === null) return `${label}: chưa có số liệu tháng nào đến ngày báo cáo.`;
  const flags: string[] = [];
  if (f.hasEstimate) flags.push("có số ước");
  if (f.missingMonths.length > 0) flags.push(`thiếu tháng ${f.missingMonths.join(", ")}`);
  let note = `${label}: đến hết tháng ${f.lastMonthReported}/${f.year}${flags.length > 0 ? ` (${flags.join("; ")})` : ""}`;
  if (f.projection && f.unit !== "job") {
    const verdict = f.projection.willMeetPlan === null ? "" : f.projection.willMeetPlan ? ", đạt kế hoạch" : ", không đạt kế hoạch";
    note += `; dự báo cả năm theo nhịp hiện tại: ${formatMoney(f.projection.value, f.unit, VI)}${verdict}`;
  }
  return `${note}.`;
}

export function productionSection(f: BulletinFigures): FigureSection {
  const { production, exports, jobs } = f.indicators;
  return {
    title: "II. Sản xuất, xuất khẩu và lao động",
    rows: [monthlyRow("5.1", "Giá trị sản xuất công nghiệp", production), monthlyRow("5.2", "Kim ngạch xuất khẩu", exports), monthlyRow("5.3", "Lao động", jobs)],
    notes: [monthlyNote("Giá trị sản xuất công nghiệp", production), monthlyNote("Kim ngạch xuất khẩu", exports), monthlyNote("Lao động", jobs)],
  };
}

export function zoneSection(f: BulletinFigures): ZoneSection {
  const of = (pick: (z: ZoneKindFigures) => string) => ({ KCN: pick(f.zones.KCN), CCN: pick(f.zones.CCN) });
  const rows: ZoneRow[] = [
    { no: "6.1", label: "Số khu, cụm trong quy hoạch đến năm 2030", ...of((z) => count(z.inPlan2030)) },
    { no: "6.2", label: "Đã thành lập", ...of((z) => count(z.established)) },
    { no: "6.3", label: "Đang hoạt động", ...of((z) => count(z.operating)) },
    { no: "6.4", label: "Tổng diện tích đã thành lập", ...of((z) => formatArea(z.establishedAreaHa, VI)) },
    { no: "6.5", label: "Tỷ lệ lấp đầy", ...of((z) => formatPercent(z.occupancy.occupancy, VI)) },
    { no: "6.6", label: "Diện tích đất công nghiệp đã cho thuê", ...of((z) => formatArea(z.occupancy.leasedHa, VI)) },
    { no: "6.7", label: "Diện tích đất công nghiệp cho thuê", ...of((z) => formatArea(z.occupancy.leasableHa, VI)) },
    { no: "6.8", label: "Hạ tầng kỹ thuật cơ bản hoàn thành", ...of((z) => count(z.infrastructureBasicallyComplete)) },
    { no: "6.9", label: `Ưu tiên đầu tư năm ${f.zones.year}`, ...of((z) => count(z.prioritised)) },
    { no: "6.10", label: "Trong đó: có quy hoạch chi tiết được duyệt", ...of((z) => count(z.prioritisedWithApprovedPlan)) },
    { no: "6.11", label: "Dự án thứ cấp đang hoạt động", ...of((z) => count(z.activeSecondary)) },
    { no: "6.12", label: "Trong đó: FDI", ...of((z) => count(z.activeSecondaryFdi)) },
    { no: "6.13", label: "Trong đó: DDI", ...of((z) => count(z.activeSecondaryDdi)) },
  ];
  return {
    title: "III. Các khu công nghiệp (KCN) và cụm công nghiệp (CCN)",
    rows,
    notes: ["Khu, cụm đã thành lập gồm cả khu, cụm đang hoạt động. Tỷ lệ lấp đầy = diện tích dự án thứ cấp đang hoạt động ÷ đất công nghiệp cho thuê của các khu, cụm đã thành lập."],
  };
}

