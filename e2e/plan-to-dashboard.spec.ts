import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateOf, type RoleName } from "./roles";

// The managers' question end to end: a MANAGER sets this year's production target, STAFF enters
// the actuals of the last three months (whatever today's date; months already final are reopened
// first), and the dashboard card's % of plan moves to the figure the grid shows, then drills down
// to the list behind a card.
test.describe.configure({ mode: "serial" });

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));
const MONTH = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", month: "numeric" }).format(new Date()));
// The three months up to this one (fewer in January and February): all of them count today.
const MONTHS = [MONTH - 2, MONTH - 1, MONTH].filter((m) => m >= 1);
const CELL = (month: number) => `cell-INDUSTRIAL_PRODUCTION_VALUE.${month}`;

async function as(browser: Browser, role: RoleName): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

/** "94,1% kế hoạch năm" → "94,1%". */
const percentIn = (text: string) => /(\d+(?:,\d+)?%)/.exec(text)?.[1] ?? "";

test("a target and three months of actuals move the production card's % of plan", async ({ browser }) => {
  const manager = await as(browser, "MANAGER");
  await manager.goto("/");
  const before = percentIn(await manager.getByTestId("kpi-production-plan").innerText());

  // The MANAGER sets this year's province-wide production target.
  await manager.goto(`/plans?year=${YEAR}`);
  const row = manager.getByTestId(`target-row-INDUSTRIAL_PRODUCTION_VALUE-PROVINCE`);
  const edit = row.locator("[data-testid^=target-edit-]");
  const prefix = (await edit.getAttribute("data-testid"))!.replace("target-edit-", "target-");
  await edit.click();
  const split = manager.getByTestId(`${prefix}-split-toggle`);
  if (await split.isChecked()) await split.uncheck();
  await manager.locator(`#${prefix}-target`).fill("320.000.000.000.000");
  await manager.getByTestId(`${prefix}-submit`).click();
  await expect(row.getByTestId("target-value")).toHaveText("320 nghìn tỷ đồng");

  // Months already final are reopened by the MANAGER, so that STAFF may enter them.
  await manager.goto(`/plans/actuals?year=${YEAR}`);
  for (const month of MONTHS) {
    const button = manager.getByTestId(`finalize-${month}`);
    if ((await button.innerText()).includes("Mở lại")) {
      await button.click();
      await expect(button).toHaveText(/Chốt/);
    }
  }

  // STAFF enters those months.
  const staff = await as(browser, "STAFF");
  await staff.goto(`/plans/actuals?year=${YEAR}`);
  for (const [i, month] of MONTHS.entries()) await staff.getByTestId(CELL(month)).fill(`${30 + i}.000.000.000.000`);
  await staff.getByTestId("actuals-save").click();
  await expect(staff.getByTestId("actuals-outcome")).toHaveText(`Đã lưu ${MONTHS.length} ô, xóa 0 ô.`);
  await staff.reload();
  const gridPercent = percentIn(await staff.getByTestId("ytd-INDUSTRIAL_PRODUCTION_VALUE").innerText());
  expect(gridPercent).not.toBe("");

  // The card now shows the grid's % of the new target, and it moved.
  await manager.goto("/");
  await expect(manager.getByTestId("kpi-production-plan")).toContainText(gridPercent);
  expect(gridPercent).not.toBe(before);

  // And a card drills into the list of exactly its records.
  const valid = await manager.getByTestId("kpi-valid-fdi-count").innerText();
  await manager.getByTestId("kpi-valid-fdi-count").click();
  await expect(manager).toHaveURL(/\/projects\?type=FDI&validAsOf=/);
  await expect(manager.getByTestId("drilldown-notice")).toBeVisible();
  await expect(manager.locator("body")).toContainText(valid.replace(/\D/g, "").replace(/\B(?=(\d{3})+(?!\d))/g, "."));
});
