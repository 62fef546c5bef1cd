import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type RoleName } from "./roles";

// A MANAGER sets this year's production-value target for one industrial cluster (the demo seed
// sets zone targets only for the two largest KCN, so this never clashes with it), and a second
// one for the same (year, indicator, scope) is refused at the scope field; STAFF enters three
// months of that cluster's actuals by keyboard, reloads and sees them, with year to date and %
// of plan; a letter in a cell gets its message and nothing is saved.
test.describe.configure({ mode: "serial" });

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
let zoneScope = "";
let zoneName = "";

async function pageAs(browser: Browser, role: RoleName) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

test("a MANAGER sets a cluster's production-value target for this year; a duplicate is named at its field", async ({ browser }) => {
  const page = await pageAs(browser, "MANAGER");
  await page.goto(`/plans?year=${YEAR}`);
  await expect(page.getByTestId("plans-year")).toHaveValue(String(YEAR));
  const form = page.getByTestId("target-new-form");
  const firstCluster = form.locator('#target-new-scope optgroup[label="Cụm công nghiệp"] option').first();
  zoneScope = (await firstCluster.getAttribute("value")) ?? "";
  zoneName = (await firstCluster.textContent()) ?? "";
  expect(zoneScope).toMatch(/^ZONE:\d+$/);

  await page.locator("#target-new-indicator").selectOption("INDUSTRIAL_PRODUCTION_VALUE");
  await page.locator("#target-new-scope").selectOption(zoneScope);
  await page.locator("#target-new-target").fill("1.200.000.000.000");
  await expect(page.getByTestId("preview-target-new-target")).toHaveText("Sẽ lưu: 1,2 nghìn tỷ đồng");

  // a monthly split that does not add up is named; twelve equal parts do
  await page.getByTestId("target-new-split-toggle").check();
  for (let i = 0; i < 12; i++) await page.locator(`#target-new-split-${i}`).fill("100.000.000.000");
  await page.locator("#target-new-split-11").fill("90.000.000.000");
  await page.getByTestId("target-new-submit").click();
  await expect(page.getByTestId("error-target-new-split")).toHaveText("Tổng 12 tháng phải bằng đúng kế hoạch năm.");
  await page.locator("#target-new-split-11").fill("100.000.000.000");
  await page.getByTestId("target-new-submit").click();
  await expect(form.getByTestId("notice-success")).toHaveText("Đã lưu chỉ tiêu.");

  const row = page.getByTestId(`target-row-INDUSTRIAL_PRODUCTION_VALUE-${zoneScope}`);
  await expect(row).toContainText(zoneName);
  await expect(row.getByTestId("target-value")).toHaveText("1,2 nghìn tỷ đồng");

  // the same (year, indicator, scope) again
  await page.locator("#target-new-indicator").selectOption("INDUSTRIAL_PRODUCTION_VALUE");
  await page.locator("#target-new-scope").selectOption(zoneScope);
  await page.locator("#target-new-target").fill("5");
  await page.getByTestId("target-new-submit").click();
  await expect(page.getByTestId("error-target-new-scope")).toHaveText(`Năm ${YEAR} đã có chỉ tiêu này cho phạm vi này. Hãy sửa chỉ tiêu đó thay vì thêm mới.`);
  await expect(page.getByTestId(`target-row-INDUSTRIAL_PRODUCTION_VALUE-${zoneScope}`)).toHaveCount(1);
  await page.context().close();
});

test("STAFF enters three months of actuals by keyboard, reloads and sees them; a letter gets its message", async ({ browser }) => {
  const page = await pageAs(browser, "STAFF");
  // STAFF reads the plan but has no form to change it
  await page.goto(`/plans?year=${YEAR}`);
  await expect(page.getByTestId("targets-read-only")).toBeVisible();
  await expect(page.getByTestId("target-new-form")).toHaveCount(0);

  await page.getByTestId("plans-tab-actuals").click();
  await page.getByTestId("plans-scope").selectOption(zoneScope);
  await expect(page).toHaveURL(new RegExp(`/plans/actuals\\?year=${YEAR}&scope=${zoneScope.replace(":", "(:|%3A)")}`));

  const cell = (month: number) => page.getByTestId(`cell-INDUSTRIAL_PRODUCTION_VALUE.${month}`);
  await expect(cell(1)).toHaveValue("");
  await expect(cell(1)).toHaveAttribute("placeholder", "—");

  await cell(1).click();
  await page.keyboard.type("95.500.000.000");
  await page.keyboard.press("Enter"); // down to February
  await expect(cell(2)).toBeFocused();
  await page.keyboard.type("70.250.000.000,5");
  await page.keyboard.press("Enter");
  await page.keyboard.type("101.000.000.000");
  await page.keyboard.press("Tab"); // along March to export value
  await expect(page.getByTestId("cell-EXPORT_VALUE.3")).toBeFocused();
  await page.getByTestId("actuals-save").click();
  await expect(page.getByTestId("actuals-outcome")).toHaveText("Đã lưu 3 ô, xóa 0 ô.");

  await page.reload();
  await expect(cell(1)).toHaveValue("95.500.000.000");
  await expect(cell(2)).toHaveValue("70.250.000.000,5");
  await expect(cell(3)).toHaveValue("101.000.000.000");
  await expect(cell(4)).toHaveValue(""); // missing, never 0
  await expect(page.getByTestId("flag-INDUSTRIAL_PRODUCTION_VALUE.2")).toHaveText("ước");
  // 95,5 + 70,2500000005 + 101 = 266,7500000005 billion of a 1.200 billion plan = 22,2%
  await expect(page.getByTestId("ytd-INDUSTRIAL_PRODUCTION_VALUE")).toContainText("266.750.000.000,5");
  await expect(page.getByTestId("ytd-INDUSTRIAL_PRODUCTION_VALUE")).toContainText("3 tháng");
  await expect(page.getByTestId("ytd-INDUSTRIAL_PRODUCTION_VALUE")).toContainText("22,2% kế hoạch năm");

  // a letter: its own message, nothing saved (the good cell beside it neither)
  await cell(4).fill("12a");
  await page.getByTestId("cell-JOBS.4").fill("150");
  await page.getByTestId("actuals-save").click();
  await expect(page.getByTestId("error-cell-INDUSTRIAL_PRODUCTION_VALUE.4")).toHaveText("Không phải là số. Nhập theo kiểu Việt Nam, ví dụ 1.234,5.");
  await expect(cell(4)).toHaveValue("12a");
  await page.reload();
  await expect(cell(4)).toHaveValue("");
  await expect(page.getByTestId("cell-JOBS.4")).toHaveValue("");
  await page.context().close();
});
