import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, unique } from "./roles";

// STAFF registers a cluster (PLANNED), sees the CCN size warning and the leasable > total error
// before saving, adds two progress entries (a bad one refused next to its fields first) and sees
// them on the zone page; STAFF's crafted attempt to set ESTABLISHED is refused and changes
// nothing; a MANAGER sets it ESTABLISHED with the establishing decision.
test.use({ storageState: storageStateOf("STAFF") });
test.describe.configure({ mode: "serial" });

const run = unique("e2e");
const code = `CCN-${run}`;
const name = `CCN Thử nghiệm ${run}`;
let zonePath = "";

async function addProgress(page: Page, entry: { date: string; toClear: string; cleared: string; pct: string; note: string }) {
  await page.goto(`${zonePath}/progress/new`);
  await page.locator("#reportedOn").fill(entry.date);
  await page.locator("#landToClearHa").fill(entry.toClear);
  await page.locator("#landClearedHa").fill(entry.cleared);
  await page.locator("#infrastructurePct").fill(entry.pct);
  await page.locator("#note").fill(entry.note);
  await page.getByTestId("progress-submit").click();
  await expect(page).toHaveURL(new RegExp(`${zonePath}#progress$`));
}

test("STAFF adds a cluster and two progress entries, and sees them on the zone page", async ({ page }) => {
  await page.goto("/zones/new");
  await page.locator("#code").fill(code);
  await page.locator("#name").fill(name);
  await page.locator("#kind").selectOption("CCN");
  await page.locator("#district").fill("Huyện Sơn Khê");

  // STAFF cannot pick a decided status.
  await expect(page.locator('#status option[value="ESTABLISHED"]')).toBeDisabled();
  await expect(page.locator('#status option[value="OPERATING"]')).toBeDisabled();

  // A cluster of 4 ha: a warning as it is typed, not an error; leasable over total: an error.
  await page.locator("#totalAreaHa").fill("4");
  await expect(page.getByTestId("warning-totalAreaHa")).toContainText("CCN dưới 5 ha");
  await page.locator("#leasableAreaHa").fill("4,5");
  await page.getByTestId("zone-submit").click();
  await expect(page.getByTestId("error-leasableAreaHa")).toHaveText("Đất công nghiệp cho thuê không được lớn hơn tổng diện tích.");
  await expect(page).toHaveURL(/\/zones\/new$/);

  await page.locator("#totalAreaHa").fill("48,75");
  await expect(page.getByTestId("warning-totalAreaHa")).toHaveCount(0);
  await page.locator("#leasableAreaHa").fill("36,5");
  await page.locator("#priorityFromYear").fill("2022");
  await page.locator("#priorityToYear").fill("2025");
  await page.locator("#inPlan2030").check();
  await page.getByTestId("zone-submit").click();
  await expect(page).toHaveURL(/\/zones\/\d+$/);
  zonePath = new URL(page.url()).pathname;
  await expect(page.getByTestId("zone-code")).toHaveText(code);
  await expect(page.getByTestId("zone-status")).toHaveText("Quy hoạch");
  await expect(page.getByTestId("progress-empty")).toBeVisible();

  // A bad entry is refused next to its fields, and its input is kept.
  await page.getByTestId("add-progress").click();
  await expect(page).toHaveURL(new RegExp(`${zonePath}/progress/new$`));
  await page.locator("#reportedOn").fill("31/03/2025");
  await page.locator("#landToClearHa").fill("40");
  await page.locator("#landClearedHa").fill("41");
  await page.locator("#infrastructurePct").fill("150");
  await page.locator("#note").fill("<b>đậm</b>");
  await page.getByTestId("progress-submit").click();
  await expect(page.getByTestId("error-landClearedHa")).toHaveText("Diện tích đã GPMB không được lớn hơn diện tích cần GPMB.");
  await expect(page.getByTestId("error-infrastructurePct")).toHaveText("Tỷ lệ hoàn thành không được quá 100%.");
  await expect(page.getByTestId("error-note")).toContainText("Không dùng thẻ HTML");
  await expect(page.locator("#landClearedHa")).toHaveValue("41");

  await page.locator("#landClearedHa").fill("12,5");
  await expect(page.getByTestId("cleared-share")).toHaveText("Đã GPMB 31,3% diện tích cần GPMB.");
  await page.locator("#infrastructurePct").fill("15");
  await page.locator("#note").fill("Đợt 1: bồi thường 12,5 ha");
  await page.getByTestId("progress-submit").click();
  await expect(page).toHaveURL(new RegExp(`${zonePath}#progress$`));

  await addProgress(page, { date: "30/06/2025", toClear: "40", cleared: "30", pct: "42,5", note: "Đợt 2" });

  // Both entries on the zone page, newest first, with the chart above them.
  const rows = page.getByTestId("progress-row");
  await expect(rows).toHaveCount(2);
  const chart = page.getByTestId("progress-chart");
  await expect(chart).toBeVisible();
  // land to clear and land cleared as areas, infrastructure completion (%) as a line
  await expect(chart.locator("path.recharts-area-area")).toHaveCount(2);
  await expect(chart.locator("path.recharts-line-curve")).toHaveCount(1);
  await expect(rows.nth(0)).toContainText("30/06/2025");
  await expect(rows.nth(0)).toContainText("30 ha");
  await expect(rows.nth(0)).toContainText("42,5%");
  await expect(rows.nth(1)).toContainText("31/03/2025");
  await expect(rows.nth(1)).toContainText("Đợt 1: bồi thường 12,5 ha");

  // An entry is corrected, not silently rewritten: the row shows the new figure.
  await rows.nth(1).getByTestId("correct-progress").click();
  await expect(page).toHaveURL(/\/progress\/\d+\/edit$/);
  await expect(page.locator("#landClearedHa")).toHaveValue("12,5");
  await page.locator("#infrastructurePct").fill("16");
  await page.getByTestId("progress-submit").click();
  await expect(page).toHaveURL(new RegExp(`${zonePath}#progress$`));
  await expect(rows.nth(1)).toContainText("16%");

  // A second entry on a day already recorded is refused next to the date.
  await page.goto(`${zonePath}/progress/new`);
  await page.locator("#reportedOn").fill("30/06/2025");
  await page.locator("#landToClearHa").fill("40");
  await page.locator("#landClearedHa").fill("31");
  await page.locator("#infrastructurePct").fill("43");
  await page.getByTestId("progress-submit").click();
  await expect(page.getByTestId("error-reportedOn")).toContainText("30/06/2025");

  // Another zone's (or no) entry id answers 404.
  const response = await page.goto(`${zonePath}/progress/2147483647/edit`);
  expect(response?.status()).toBe(404);
});

test("the project form warns, before saving, when a project's land would take the cluster past 100% of its leasable land", async ({ page }) => {
  await page.goto("/projects/new");
  await page.locator("#zoneId").selectOption({ label: `CCN · ${name}` });
  // 36,5 ha leasable, nothing leased yet: 30 ha fits, 40 ha does not.
  await page.locator("#landAreaHa").fill("30");
  await page.waitForTimeout(800);
  await expect(page.getByTestId("zone-capacity-warning")).toHaveCount(0);
  await page.locator("#landAreaHa").fill("40");
  await expect(page.getByTestId("zone-capacity-warning")).toHaveText(
    "Dự án này sẽ đưa KCN/CCN vượt 100% đất công nghiệp cho thuê: 40 ha / 36,5 ha (109,6%). Vẫn có thể lưu; hãy kiểm tra lại diện tích.",
  );
  // A project that leases nothing (not secondary) is not counted.
  await page.locator("#isSecondary").uncheck();
  await expect(page.getByTestId("zone-capacity-warning")).toHaveCount(0);
  await expect(page.getByTestId("project-submit")).toBeEnabled();
});

test("STAFF's crafted attempt to set ESTABLISHED is refused and changes nothing", async ({ page }) => {
  await page.goto(`${zonePath}/edit`);
  await expect(page.getByTestId("status-decide-only")).toBeVisible();
  // Enable the option the form disables, as a crafted request would.
  await page.locator('#status option[value="ESTABLISHED"]').evaluate((o) => o.removeAttribute("disabled"));
  await page.locator("#status").selectOption("ESTABLISHED");
  await page.locator("#establishingDecisionNo").fill("999/QĐ-GIẢ");
  await page.locator("#establishingDecisionDate").fill("01/02/2025");
  await page.getByTestId("zone-submit").click();
  await expect(page.getByTestId("zone-form-notice")).toHaveText("Bạn không có quyền thực hiện thao tác này.");
  await expect(page.locator("#establishingDecisionNo")).toHaveValue("999/QĐ-GIẢ");

  await page.goto(zonePath);
  await expect(page.getByTestId("zone-status")).toHaveText("Quy hoạch");
  await expect(page.getByTestId("zone-fields")).not.toContainText("999/QĐ-GIẢ");
});

test.describe("as a MANAGER", () => {
  test.use({ storageState: storageStateOf("MANAGER") });

  test("sets the cluster ESTABLISHED with its establishing decision", async ({ page }) => {
    await page.goto(`${zonePath}/edit`);
    await expect(page.getByTestId("status-decide-only")).toHaveCount(0);
    await page.locator("#status").selectOption("ESTABLISHED");
    await page.getByTestId("zone-submit").click();
    // The decision is required for an established zone.
    await expect(page.getByTestId("error-establishingDecisionNo")).toHaveText("Bắt buộc với KCN/CCN đã thành lập hoặc đang hoạt động.");
    await page.locator("#establishingDecisionNo").fill("1234/QĐ-UBND");
    await page.locator("#establishingDecisionDate").fill("15/03/2025");
    await page.getByTestId("zone-submit").click();
    await expect(page).toHaveURL(new RegExp(`${zonePath}$`));
    await expect(page.getByTestId("zone-status")).toHaveText("Đã thành lập");
    await expect(page.getByTestId("zone-fields")).toContainText("1234/QĐ-UBND");
    await expect(page.getByTestId("zone-fields")).toContainText("15/03/2025");
  });
});
