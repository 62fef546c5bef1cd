import { expect, request as playwrightRequest, test, type Browser, type Page, type Request } from "@playwright/test";
import { storageStateOf } from "./roles";

/** A date no other test uses: far in the future (so the rate is not in force yet), dd/MM/yyyy. */
function uniqueDate(): string {
  const year = 2040 + Math.floor(Math.random() * 60);
  const day = new Date(Date.UTC(year, 0, 1 + Math.floor(Math.random() * 365)));
  return `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
}

async function fillNewRate(page: Page, { source = "OTHER", date, rate, note = "" }: { source?: string; date: string; rate: string; note?: string }) {
  await page.locator("#rate-new-source").selectOption(source);
  await page.locator("#rate-new-effectiveOn").fill(date);
  await page.locator("#rate-new-rate").fill(rate);
  await page.locator("#rate-new-note").fill(note);
}

const rowOf = (page: Page, date: string) => page.getByTestId("rates-table").locator("tbody tr", { hasText: date });

test.describe("a manager", () => {
  test.use({ storageState: storageStateOf("MANAGER") });

  test("adds a rate typed the Vietnamese way, sees it formatted, corrects it and deletes it", async ({ page }) => {
    const date = uniqueDate();
    await page.goto("/rates");
    await expect(page.getByTestId("rate-convention")).toHaveText("Tỷ giá trung tâm của NHNN");
    await expect(page.getByTestId("rate-today")).toContainText("đồng/USD");

    await fillNewRate(page, { date, rate: "25.450,5", note: "<b>Thông báo</b> số 1" });
    await page.getByTestId("rate-new-form").getByRole("button", { name: "Thêm tỷ giá" }).click();
    await expect(page.getByTestId("rate-new-form").getByTestId("notice-success")).toHaveText(`Đã thêm tỷ giá 25.450,5 đồng/USD, ngày hiệu lực ${date}.`);
    await expect(page.locator("#rate-new-rate")).toHaveValue(""); // the form is ready for the next one

    const row = rowOf(page, date);
    await expect(row.getByTestId("rate-value")).toHaveText("25.450,5");
    await expect(row).toContainText("Nguồn khác");
    await expect(row).toContainText("<b>Thông báo</b> số 1"); // shown as text, never as markup
    await expect(row).toContainText("Chưa có hiệu lực");

    // the same view is reachable by its URL
    await page.goto("/rates?source=OTHER&perPage=10");
    await expect(rowOf(page, date).getByTestId("rate-value")).toHaveText("25.450,5");

    // a second rate of the same source on the same date is named at the date field
    await fillNewRate(page, { date, rate: "25.000" });
    await page.getByTestId("rate-new-form").getByRole("button", { name: "Thêm tỷ giá" }).click();
    await expect(page.getByTestId("error-rate-new-effectiveOn")).toHaveText(`Nguồn này đã có tỷ giá cho ngày ${date}. Hãy điều chỉnh tỷ giá đó thay vì thêm mới.`);

    // a correction needs a reason
    await rowOf(page, date).getByRole("button", { name: "Sửa" }).click();
    const edit = page.locator("form[data-testid$='-form']:not([data-testid='rate-new-form'])");
    await edit.locator("input[name=rate]").fill("25.460");
    await edit.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await expect(edit.locator("[data-testid^='error-'][data-testid$='-reason']")).toHaveText("Vui lòng nhập lý do điều chỉnh.");
    await edit.locator("input[name=reason]").fill("Nhập nhầm");
    await edit.getByRole("button", { name: "Lưu điều chỉnh" }).click();
    await expect(rowOf(page, date).getByTestId("rate-value")).toHaveText("25.460");
    await expect(rowOf(page, date)).toContainText("Đã lưu điều chỉnh tỷ giá.");

    // not yet in force, so it may be deleted, after confirming
    await rowOf(page, date).getByRole("button", { name: "Xóa" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText(`Tỷ giá 25.460 đồng/USD (Nguồn khác, ngày ${date})`);
    await dialog.getByRole("button", { name: "Xóa" }).click();
    await expect(rowOf(page, date)).toHaveCount(0);
  });

  test("a bad rate or date gets a message at its field and the input stays", async ({ page }) => {
    await page.goto("/rates");
    await fillNewRate(page, { date: "31/02/2026", rate: "abc" });
    await page.getByTestId("rate-new-form").getByRole("button", { name: "Thêm tỷ giá" }).click();
    await expect(page.getByTestId("error-rate-new-rate")).toHaveText("Tỷ giá không hợp lệ. Nhập một số, ví dụ 25.450,5.");
    await expect(page.getByTestId("error-rate-new-effectiveOn")).toHaveText("Ngày không hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 01/06/2026.");
    await expect(page.locator("#rate-new-rate")).toHaveValue("abc");

    for (const [rate, message] of [
      ["0", "Tỷ giá phải lớn hơn 0."],
      ["2.545", "Tỷ giá USD/VND phải từ 10.000 đến 100.000 đồng/USD. Vui lòng kiểm tra số chữ số."],
      ["123456789012345678901234567890", "Tỷ giá không hợp lệ. Nhập một số, ví dụ 25.450,5."],
    ]) {
      await fillNewRate(page, { date: uniqueDate(), rate: rate! });
      await page.getByTestId("rate-new-form").getByRole("button", { name: "Thêm tỷ giá" }).click();
      await expect(page.getByTestId("error-rate-new-rate")).toHaveText(message!);
    }
  });

  test("rates in force can only be corrected, not deleted", async ({ page }) => {
    await page.goto("/rates?source=SBV_CENTRAL");
    const first = page.getByTestId("rates-table").locator("tbody tr").first();
    await expect(first.getByRole("button", { name: "Sửa" })).toBeVisible();
    await expect(first.getByRole("button", { name: "Xóa" })).toHaveCount(0);
  });
});

type Captured = { url: string; headers: Record<string, string>; body: string; date: string };

/** Records the real server-action request that the manager's "add rate" form sends. */
async function captureCreateRate(browser: Browser): Promise<Captured> {
  const context = await browser.newContext({ storageState: storageStateOf("MANAGER") });
  const page = await context.newPage();
  await page.goto("/rates");
  const date = uniqueDate();
  await fillNewRate(page, { date, rate: "25.450,5", note: "bản gốc" });
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByTestId("rate-new-form").getByRole("button", { name: "Thêm tỷ giá" }).click();
  const request = await sent;
  await expect(rowOf(page, date)).toHaveCount(1);
  await context.close();
  const headers = { ...request.headers() };
  delete headers.cookie;
  const body = request.postDataBuffer()?.toString("utf8") ?? "";
  expect(body).toContain(date);
  return { url: request.url(), headers, body, date };
}

async function rateDateListed(browser: Browser, date: string) {
  const context = await browser.newContext({ storageState: storageStateOf("MANAGER") });
  const page = await context.newPage();
  await page.goto("/rates?source=OTHER&perPage=100");
  await expect(page.getByTestId("rates-table")).toBeVisible();
  const count = await rowOf(page, date).count();
  await context.close();
  return count > 0;
}

for (const role of ["STAFF", "VIEWER"] as const) {
  test.describe(`${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("reads the rates and the convention, with no form", async ({ page }) => {
      await page.goto("/rates");
      await expect(page.getByTestId("rates-table").locator("tbody tr").first()).toBeVisible();
      await expect(page.getByTestId("rate-convention")).toBeVisible();
      await expect(page.getByTestId("rates-read-only")).toBeVisible();
      await expect(page.getByTestId("rate-new-form")).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Sửa" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Xóa" })).toHaveCount(0);
    });

    test("a crafted server-action POST that adds a rate is refused, and nothing is added", async ({ browser, baseURL }) => {
      const captured = await captureCreateRate(browser);
      const date = uniqueDate();
      const api = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf(role) });
      const response = await api.post(captured.url, {
        headers: captured.headers,
        data: Buffer.from(captured.body.replaceAll(captured.date, date), "utf8"),
        maxRedirects: 0,
      });
      expect(await response.text()).toContain('"code":"FORBIDDEN"');
      await api.dispose();
      expect(await rateDateListed(browser, date)).toBe(false);
      expect(await rateDateListed(browser, captured.date)).toBe(true); // the check above can see rows
    });
  });
}

test("an anonymous crafted POST is refused too", async ({ browser, baseURL }) => {
  const captured = await captureCreateRate(browser);
  const date = uniqueDate();
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const response = await anonymous.post(captured.url, {
    headers: captured.headers,
    data: Buffer.from(captured.body.replaceAll(captured.date, date), "utf8"),
    maxRedirects: 0,
  });
  expect(await response.text()).not.toContain('"ok":true');
  await anonymous.dispose();
  expect(await rateDateListed(browser, date)).toBe(false);
});
