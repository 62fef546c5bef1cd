import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Download } from "@playwright/test";
import ExcelJS from "exceljs";
import { captureAction, replayAction, type CapturedAction } from "./forge";
import { storageStateOf, type RoleName } from "./roles";

// The monthly bulletin on the demo province: a MANAGER generates it for a date (with a pending
// state while Chromium prints), downloads the PDF and the XLSX (real files; the PDF twice, the same
// bytes) and opens the print view; VIEWER sees it in the list and downloads it, with no generate
// form; STAFF has no generate form either, and STAFF's (and an anonymous) replay of the MANAGER's
// real server-action POST is refused and generates nothing.
test.describe.configure({ mode: "serial" });

const REPORT_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).slice(0, 8) + "01";
const SHOWN_DATE = `${REPORT_DATE.slice(8, 10)}/${REPORT_DATE.slice(5, 7)}/${REPORT_DATE.slice(0, 4)}`;
let bulletinId = 0;
let generate: CapturedAction;

async function pageAs(browser: Browser, role: RoleName) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFileSync(await download.path());
}

test("a MANAGER generates the bulletin for a date and downloads its PDF and XLSX", async ({ browser }) => {
  const page = await pageAs(browser, "MANAGER");
  await page.goto("/reports");
  await page.getByTestId("bulletin-date").fill(SHOWN_DATE);
  await page.screenshot({ path: "e2e/artifacts/bulletin-reports-form.png", fullPage: true });
  generate = await captureAction(page, () => page.getByTestId("bulletin-generate").click());
  await expect(page.getByTestId("bulletin-pending")).toBeVisible();
  await expect(page.getByTestId("bulletin-generate")).toBeDisabled();
  await expect(page.getByTestId("notice-success")).toHaveText(`Đã tạo báo cáo đến ngày ${SHOWN_DATE}.`, { timeout: 60_000 });

  const pdfHref = (await page.getByTestId("bulletin-generated-links").getByRole("link", { name: "PDF" }).getAttribute("href")) ?? "";
  bulletinId = Number(/\/api\/bulletins\/(\d+)\/pdf$/.exec(pdfHref)?.[1]);
  expect(bulletinId).toBeGreaterThan(0);
  const row = page.getByTestId(`bulletin-row-${bulletinId}`);
  await expect(row).toHaveAttribute("data-report-date", REPORT_DATE);
  await expect(row).toContainText(SHOWN_DATE);
  await page.screenshot({ path: "e2e/artifacts/bulletin-reports-list.png", fullPage: true });

  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), row.getByTestId("bulletin-pdf").click()]);
  const pdf = await bytesOf(pdfDownload);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdfDownload.suggestedFilename()).toMatch(new RegExp(`^bao-cao-thu-hut-dau-tu-${REPORT_DATE}-${bulletinId}\\.pdf$`));

  const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), row.getByTestId("bulletin-xlsx").click()]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await bytesOf(xlsxDownload)) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "KCN, CCN", "Dự án cấp mới", "Dự án tăng vốn", "Thông tin"]);

  // downloaded again: the same bytes
  const [again] = await Promise.all([page.waitForEvent("download"), row.getByTestId("bulletin-pdf").click()]);
  expect((await bytesOf(again)).equals(pdf)).toBe(true);

  // the print view is the bulletin itself, with the national header
  await page.goto(`/reports/${bulletinId}/print`);
  await expect(page.locator("body")).toContainText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  await expect(page.locator("h1")).toHaveText("Báo cáo tình hình thu hút đầu tư và hoạt động các KCN, CCN");
  await page.screenshot({ path: "e2e/artifacts/bulletin-print-view.png", fullPage: false });
  await page.context().close();
});

test("VIEWER sees the bulletin in the list and downloads it, but has no generate form", async ({ browser }) => {
  const page = await pageAs(browser, "VIEWER");
  await page.goto("/reports");
  await expect(page.getByTestId(`bulletin-row-${bulletinId}`)).toContainText(SHOWN_DATE);
  await expect(page.getByTestId("bulletin-generate-form")).toHaveCount(0);
  // the list pages on the server as every list does, its page in the URL
  await expect(page.getByTestId("table-range")).toContainText("Hiển thị 1–");
  await page.getByTestId("table-per-page").selectOption("50");
  await expect(page).toHaveURL(/perPage=50/);
  await expect(page.getByTestId(`bulletin-row-${bulletinId}`)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`bulletin-row-${bulletinId}`).getByTestId("bulletin-pdf").click()]);
  expect((await bytesOf(download)).subarray(0, 5).toString()).toBe("%PDF-");
  await page.context().close();
});

test("STAFF has no generate form, and a replayed generate action is refused", async ({ browser, baseURL }) => {
  const page = await pageAs(browser, "STAFF");
  await page.goto("/reports");
  await expect(page.getByTestId(`bulletin-row-${bulletinId}`)).toBeVisible();
  await expect(page.getByTestId("bulletin-generate-form")).toHaveCount(0);
  const rows = page.locator("[data-testid^=bulletin-row-]");
  const before = await rows.count();

  const staff = await replayAction(baseURL!, generate, "STAFF");
  expect(staff.text).toContain('"code":"FORBIDDEN"');
  const anonymous = await replayAction(baseURL!, generate, null);
  expect(anonymous.status).not.toBe(200);

  await page.reload();
  await expect(rows).toHaveCount(before);
  await page.context().close();
});
