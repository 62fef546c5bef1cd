import type { BulletinDocument } from "./document";
import type { FigureSection } from "./figure-sections";
import type { ProjectList } from "./project-lists";

// One HTML document for a bulletin, used as it is by Chromium for the PDF (pdf.ts) and by the
// print view (app/(app)/reports/[id]/print). A4 portrait with the margins of an official document;
// table headers repeat on every page (thead as a header group) and no row is split across pages.
// Fonts: Times New Roman where the reader has it, else Liberation Serif (metric-compatible,
// installed on the server with full Vietnamese coverage), else DejaVu Serif.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Every text that reaches the document goes through here: names come from user input. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const e = escapeHtml;

/** Page margins, shared with page.pdf so the page-number footer sits in the bottom margin. */
export const PAGE_MARGINS = { top: "20mm", right: "15mm", bottom: "20mm", left: "25mm" } as const;

const CSS = `
@page { size: A4 portrait; margin: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 12pt; line-height: 1.35; color: #000; }
.header { display: table; width: 100%; margin-bottom: 10pt; }
.header > div { display: table-cell; width: 50%; text-align: center; vertical-align: top; font-size: 11.5pt; }
.header .left { width: 42%; }
.header .right { width: 58%; }
.header b { display: block; }
.motto { display: inline-block; font-weight: bold; border-bottom: 0.75pt solid #000; padding-bottom: 1pt; }
.place { text-align: right; font-style: italic; margin: 6pt 0 12pt; }
h1 { font-size: 14pt; text-align: center; text-transform: uppercase; margin: 8pt 0 2pt; }
.subtitle { text-align: center; font-style: italic; margin: 0 0 12pt; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 6pt; text-align: justify; }
table { width: 100%; border-collapse: collapse; font-size: 9.5pt; line-height: 1.25; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 2.5pt 4pt; vertical-align: top; }
th { font-weight: bold; text-align: center; background: #f1f5f9; }
td.no { width: 1%; text-align: center; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; }
td.code { white-space: nowrap; }
td.center { text-align: center; white-space: nowrap; }
.sub { display: block; font-size: 8.5pt; color: #333; }
ul.notes { margin: 4pt 0 0; padding-left: 14pt; font-size: 9.5pt; font-style: italic; }
.summary { font-size: 10pt; font-weight: bold; margin-top: 3pt; }
.empty { font-style: italic; }
.issued { margin-top: 16pt; font-size: 9.5pt; font-style: italic; color: #333; }
.toolbar { display: flex; gap: 8pt; justify-content: flex-end; font-family: system-ui, sans-serif; font-size: 10pt; margin-bottom: 12pt; }
.toolbar a, .toolbar button { border: 1px solid #94a3b8; border-radius: 4px; padding: 4px 10px; background: #fff; color: #0f172a; text-decoration: none; cursor: pointer; font: inherit; }
@media screen {
  html { background: #e2e8f0; }
  body { width: 210mm; margin: 16px auto; padding: ${PAGE_MARGINS.top} ${PAGE_MARGINS.right} ${PAGE_MARGINS.bottom} ${PAGE_MARGINS.left}; background: #fff; box-shadow: 0 1px 4px rgb(0 0 0 / 0.2); }
}
@media print { .toolbar { display: none; } }
`;

function figureTable(section: FigureSection, periodHeader: string): string {
  const rows = section.rows
    .map(
      (r) => `<tr data-row="${e(r.no)}"><td class="no">${e(r.no)}</td><td>${e(r.label)}</td><td class="num">${e(r.value)}</td><td class="num">${e(r.target)}</td>` +
        `<td class="num">${e(r.percentOfPlan)}</td><td class="num">${e(r.previous)}</td><td class="num">${e(r.change)}</td></tr>`,
    )
    .join("\n");
  return `<h2>${e(section.title)}</h2>
<table class="figures">
<thead><tr><th>STT</th><th>Chỉ tiêu</th><th>${e(periodHeader)}</th><th>Kế hoạch năm</th><th>% KH</th><th>Cùng kỳ</th><th>So cùng kỳ</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${notes(section.notes)}`;
}

function notes(list: string[]): string {
  return list.length === 0 ? "" : `<ul class="notes">${list.map((n) => `<li>${e(n)}</li>`).join("")}</ul>`;
}

function zoneTable(doc: BulletinDocument): string {
  const rows = doc.zones.rows
    .map((r) => `<tr data-row="${e(r.no)}"><td class="no">${e(r.no)}</td><td>${e(r.label)}</td><td class="num">${e(r.KCN)}</td><td class="num">${e(r.CCN)}</td></tr>`)
    .join("\n");
  return `<h2>${e(doc.zones.title)}</h2>
<table class="zones">
<thead><tr><th>STT</th><th>Chỉ tiêu</th><th>KCN</th><th>CCN</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${notes(doc.zones.notes)}`;
}

function projectTable(list: ProjectList): string {
  const body =
    list.rows.length === 0
      ? `<tr><td colspan="7" class="empty">Không có dự án nào trong kỳ.</td></tr>`
      : list.rows
          .map(
            (r) => `<tr data-code="${e(r.code)}"><td class="no">${r.no}</td><td class="code">${e(r.code)}</td>` +
              `<td>${e(r.name)}<span class="sub">${e(r.investor)} (${e(r.country)})</span></td><td class="center">${e(r.type)}</td>` +
              `<td>${e(r.zone)}</td><td class="center">${e(r.ircDate)}</td><td class="num">${e(r.capital)}</td></tr>`,
          )
          .join("\n");
  return `<h2>${e(list.title)}</h2>
<table class="projects">
<thead><tr><th>STT</th><th>Mã dự án</th><th>Tên dự án, nhà đầu tư</th><th>Loại</th><th>Địa điểm</th><th>Ngày cấp</th><th>${e(list.capitalHeader)}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
<p class="summary">${e(list.summary)}</p>
${list.truncated ? `<p class="empty">${e(list.truncated)}</p>` : ""}`;
}

function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}

/** The whole bulletin as one HTML document. `toolbar` (already-safe HTML) is shown on screen only. */
export function renderBulletinHtml(doc: BulletinDocument, options: { toolbar?: string } = {}): string {
  const period = `Từ đầu năm đến ${doc.reportDateText}`;
  const authority = doc.provinceName.trim() ? `<b>UBND TỈNH ${e(upper(doc.provinceName.trim()))}</b>` : "";
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${e(doc.title)} - ${e(doc.reportDateText)}</title>
<style>${CSS}</style>
</head>
<body>
${options.toolbar ?? ""}
<div class="header">
  <div class="left">${authority}<b>${e(upper(doc.boardName))}</b></div>
  <div class="right"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><span class="motto">Độc lập - Tự do - Hạnh phúc</span></div>
</div>
<p class="place">${e(doc.placeAndDate)}</p>
<h1>${e(doc.title)}</h1>
<p class="subtitle">(Số liệu từ ngày 01/01 đến ngày ${e(doc.reportDateText)})</p>
<p>${e(doc.lead)}</p>
${figureTable(doc.investment, period)}
${figureTable(doc.production, period)}
${zoneTable(doc)}
${projectTable(doc.newProjects)}
${projectTable(doc.increases)}
<p class="issued">Báo cáo do ${e(doc.generatedBy)} lập lúc ${e(doc.generatedAt)}.</p>
</body>
</html>
`;
}
