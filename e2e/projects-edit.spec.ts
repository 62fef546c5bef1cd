import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, unique } from "./roles";

// STAFF registers a project (creating its investor inline), records an increase and a decrease,
// and reads the derived capital and both timelines; a stale edit in a second browser is refused
// with the conflict message and keeps its input; markup typed into text fields stays text.
test.use({ storageState: storageStateOf("STAFF") });
test.describe.configure({ mode: "serial" });

const run = unique("e2e");
const code = `<i>${run}</i>`;
const irc = `IRC-${run}`;
const name = `<script>window.__xss = 1</script>Nhà máy <b>Thử nghiệm</b> ${run}`;
const agency = `<img src=x onerror="window.__xss = 2"> Ban Quản lý các KCN`;
let projectPath = "";

async function addAmendment(page: Page, form: { date: string; direction: "INCREASE" | "DECREASE"; amount: string; other: string }, preview: string) {
  await page.getByTestId("add-amendment").click();
  await expect(page).toHaveURL(/\/amendments\/new$/);
  await page.locator("#amendedOn").fill(form.date);
  await page.getByTestId(`direction-${form.direction}`).check({ force: true });
  await page.locator("#capitalDelta").fill(form.amount);
  await page.locator("#otherChanges").fill(form.other);
  // The capital before → after is shown before saving.
  await expect(page.getByTestId("preview-amendment")).toHaveText(preview);
  await page.getByTestId("amendment-submit").click();
  await expect(page).toHaveURL(new RegExp(`${projectPath}#amendments$`));
}

test("STAFF creates a project, adds an increase and a decrease, and sees the derived capital and both timelines", async ({ page }) => {
  await page.goto("/projects/new");
  await page.locator("#code").fill(code);
  await page.locator("#ircNumber").fill(irc);
  await page.locator("#ircFirstIssuedOn").fill("15/01/2025");
  await page.locator("#name").fill(name);
  await page.locator("#ircIssuingAgency").fill(agency);
  await page.locator("#type").selectOption("FDI");

  // A bad amount is refused next to its field, in Vietnamese, and nothing is sent.
  await page.locator("#vsicCode").fill("C2610");
  await page.locator("#initialCapital").fill("abc");
  await page.getByTestId("project-submit").click();
  await expect(page.getByTestId("error-initialCapital")).toHaveText("Không đọc được số; nhập theo dạng 1.234.567,89.");
  await expect(page.getByTestId("error-leadInvestorId")).toHaveText("Trường này là bắt buộc.");

  // The lead investor is created inline, then picked.
  const investor = `Công ty TNHH ${run} Hàn Quốc`;
  await page.getByTestId("create-investor-leadInvestorId").click();
  await page.locator("#leadInvestorId-new-name").fill(investor);
  await page.locator("#leadInvestorId-new-country").selectOption("KR");
  await page.locator("#leadInvestorId-new-identifier").fill(`MST-${run}`);
  await page.getByTestId("leadInvestorId-new-submit").click();
  await expect(page.getByTestId("picked-leadInvestorId")).toContainText(investor);
  await expect(page.getByTestId("picked-leadInvestorId")).toContainText("Hàn Quốc");

  // Amounts are typed the Vietnamese way, with what will be saved shown beneath.
  await page.locator("#initialCapital").fill("1.000.000,50");
  await expect(page.getByTestId("preview-initialCapital")).toContainText("1.000.000,50 USD");
  await page.locator("#landAreaHa").fill("2,5");
  await page.getByTestId("project-submit").click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  projectPath = new URL(page.url()).pathname;

  // Markup typed into the fields is shown as text and never runs.
  await expect(page.getByTestId("project-name")).toHaveText(name);
  await expect(page.getByTestId("project-code")).toHaveText(code);
  await expect(page.getByTestId("project-fields")).toContainText(agency);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.getByTestId("current-capital")).toHaveText("1.000.000,50 USD");

  await addAmendment(page, { date: "01/03/2025", direction: "INCREASE", amount: "250.000", other: "Tăng vốn <b>mở rộng</b>" }, "1.000.000,50 USD → 1.250.000,50 USD");
  await addAmendment(page, { date: "01/06/2025", direction: "DECREASE", amount: "100.000,25", other: "Giảm vốn" }, "1.250.000,50 USD → 1.150.000,25 USD");

  // Current capital = 1,000,000.50 + 250,000 − 100,000.25 = 1,150,000.25
  await expect(page.getByTestId("current-capital")).toHaveText("1.150.000,25 USD");
  const first = page.getByTestId("amendment-row-1");
  await expect(first.getByTestId("amendment-delta")).toHaveText("+250.000 USD");
  await expect(first.getByTestId("amendment-before-after")).toHaveText("1.000.000,50 USD → 1.250.000,50 USD");
  await expect(first).toContainText("Tăng vốn <b>mở rộng</b>");
  const second = page.getByTestId("amendment-row-2");
  await expect(second.getByTestId("amendment-delta")).toHaveText("-100.000,25 USD");
  await expect(second.getByTestId("amendment-before-after")).toHaveText("1.250.000,50 USD → 1.150.000,25 USD");

  // The audit timeline: newest first, the two amendments then the creation, with field values.
  const entries = page.getByTestId("audit-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Lần điều chỉnh thứ 2");
  await expect(entries.nth(0).getByTestId("audit-change-capitalDelta")).toContainText("-100.000,25 USD");
  await expect(entries.nth(0).getByTestId("audit-change-currentCapital")).toContainText("1.250.000,50 USD");
  await expect(entries.nth(0).getByTestId("audit-change-currentCapital")).toContainText("1.150.000,25 USD");
  await expect(entries.nth(2)).toContainText("Tạo mới");
  await expect(entries.nth(2).getByTestId("audit-change-name")).toContainText(name);

  // English shows the same figures the English way.
  await page.getByTestId("locale-en").click();
  await expect(page.getByTestId("current-capital")).toHaveText("USD 1,150,000.25");
  await page.getByTestId("locale-vi").click();
  await expect(page.getByTestId("current-capital")).toHaveText("1.150.000,25 USD");
});

test("a stale edit in a second browser gets the conflict message and keeps its input", async ({ browser }) => {
  expect(projectPath).not.toBe("");
  const [a, b] = [await browser.newContext({ storageState: storageStateOf("STAFF") }), await browser.newContext({ storageState: storageStateOf("STAFF") })];
  const [pageA, pageB] = [await a.newPage(), await b.newPage()];
  await pageA.goto(`${projectPath}/edit`);
  await pageB.goto(`${projectPath}/edit`);

  await pageA.locator("#plannedJobs").fill("480");
  await pageA.getByTestId("project-submit").click();
  await expect(pageA).toHaveURL(new RegExp(`${projectPath}$`));

  const mine = `Tên sửa bởi người thứ hai ${run}`;
  await pageB.locator("#name").fill(mine);
  await pageB.getByTestId("project-submit").click();
  await expect(pageB.getByTestId("project-form-notice")).toContainText("Bản ghi đã được người khác cập nhật");
  await expect(pageB.locator("#name")).toHaveValue(mine);
  await expect(pageB).toHaveURL(new RegExp(`${projectPath}/edit$`));

  // The first save stands.
  await pageA.reload();
  await expect(pageA.getByTestId("project-name")).toHaveText(name);
  await expect(pageA.getByTestId("project-fields")).toContainText("480");
  await a.close();
  await b.close();
});
