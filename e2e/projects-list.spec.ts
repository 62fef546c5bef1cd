import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./roles";

// The projects list on the demo province (~300 projects): a manager narrows it down, sorts it,
// and sends the link to a colleague, who must see the very same view.

const VI_USD = /^\d{1,3}(\.\d{3})*(,\d{2})? USD$/; // "1.234.567,89 USD", "8.750.000 USD"
const EN_USD = /^USD \d{1,3}(,\d{3})*(\.\d{2})?$/; // "USD 1,234,567.89"
const DATE = /^\d{2}\/\d{2}\/\d{4}$/; // dd/MM/yyyy in both languages

/** Waits until the server has rendered the view in the URL (the table is no longer busy). */
async function settled(page: Page) {
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
}

const codes = (page: Page) => page.getByTestId("project-code").allTextContents();

/** A row's capital in USD, read from what the row shows: the amount itself, or its conversion for VND. */
async function capitalsInUsd(page: Page): Promise<number[]> {
  const cells = page.getByTestId("project-capital");
  const values: number[] = [];
  for (let i = 0; i < (await cells.count()); i++) {
    const cell = cells.nth(i);
    const converted = cell.getByTestId("project-capital-usd");
    const text = (await converted.count()) > 0 ? await converted.innerText() : await cell.locator("p").first().innerText();
    const number = /([\d.]+(?:,\d+)?) USD/.exec(text)?.[1];
    expect(number, `capital "${text}"`).toBeDefined();
    values.push(Number(number!.replace(/\./g, "").replace(",", ".")));
  }
  return values;
}

test.describe("the projects list", () => {
  test.use({ storageState: storageStateOf("MANAGER") });

  test("filtered by country and type and sorted by capital, a copied link shows the same view", async ({ page, context }) => {
    await page.goto("/projects");
    await expect(page.getByRole("heading", { name: "Dự án đầu tư" })).toBeVisible();
    await expect(page.getByTestId("data-row")).toHaveCount(25);
    await expect(page.getByTestId("table-range")).toHaveText(/^Hiển thị 1–25 trong tổng số \d{1,3}(\.\d{3})*$/);
    // A manager may add projects.
    await expect(page.getByTestId("new-project")).toHaveAttribute("href", "/projects/new");

    await page.getByTestId("filter-country").selectOption("KR");
    await expect(page).toHaveURL(/[?&]country=KR(&|$)/);
    await page.getByTestId("filter-type").selectOption("FDI");
    await expect(page).toHaveURL(/[?&]type=FDI(&|$)/);
    await settled(page);
    await page.getByTestId("sort-capital").click();
    await expect(page).toHaveURL(/[?&]sort=capital&dir=desc(&|$)/);
    await settled(page);
    await expect(page.getByRole("columnheader", { name: /Vốn đăng ký/ })).toHaveAttribute("aria-sort", "descending");

    const rows = page.getByTestId("data-row");
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(1);
    for (const country of await page.getByTestId("project-investor-country").allTextContents()) expect(country).toBe("Hàn Quốc");
    for (const type of await rows.locator("td:nth-child(3)").allTextContents()) expect(type).toBe("FDI");
    const usd = await capitalsInUsd(page);
    expect(usd).toEqual([...usd].sort((a, b) => b - a));
    const view = await codes(page);

    // vi formats: money "1.234.567,89 USD", dates dd/MM/yyyy, the rate named under the table.
    for (const text of await page.getByTestId("project-capital").locator("p:first-child").allTextContents()) expect(text).toMatch(VI_USD);
    for (const text of await page.getByTestId("project-irc-date").allTextContents()) expect(text).toMatch(DATE);
    await expect(page.getByTestId("rate-line")).toContainText(/\d{2}\.\d{3}(,\d+)? đồng\/USD/);

    // The link, opened in a new page, shows the same rows in the same order with the same controls.
    const link = page.url();
    const other = await context.newPage();
    await other.goto(link);
    await settled(other);
    expect(await codes(other)).toEqual(view);
    await expect(other.getByTestId("filter-country")).toHaveValue("KR");
    await expect(other.getByTestId("filter-type")).toHaveValue("FDI");
    await expect(other.getByRole("columnheader", { name: /Vốn đăng ký/ })).toHaveAttribute("aria-sort", "descending");
    await other.close();

    // English: the same view, in the English formats.
    await page.getByTestId("locale-en").click();
    await expect(page.getByRole("heading", { name: "Investment projects" })).toBeVisible();
    await settled(page);
    expect(await codes(page)).toEqual(view);
    for (const text of await page.getByTestId("project-capital").locator("p:first-child").allTextContents()) expect(text).toMatch(EN_USD);
    for (const text of await page.getByTestId("project-irc-date").allTextContents()) expect(text).toMatch(DATE);
    for (const country of await page.getByTestId("project-investor-country").allTextContents()) expect(country).toBe("South Korea");
    await expect(page.getByTestId("table-range")).toHaveText(/^Showing 1–\d+ of \d+$/);
    await expect(page.getByTestId("rate-line")).toContainText(/\d{2},\d{3}(\.\d+)? VND\/USD/);
    await page.getByTestId("locale-vi").click();
    await expect(page.getByRole("heading", { name: "Dự án đầu tư" })).toBeVisible();
  });

  test("searches without accents, pages, and keeps the chosen columns in the link", async ({ page }) => {
    await page.goto("/projects");
    await page.getByTestId("table-search").fill("nha may");
    await expect(page).toHaveURL(/[?&]q=nha\+may(&|$)/);
    await settled(page);
    for (const name of await page.getByTestId("project-name").allTextContents()) expect(name.toLowerCase()).toContain("nhà máy");

    await page.getByTestId("table-per-page").selectOption("50");
    await expect(page).toHaveURL(/[?&]perPage=50(&|$)/);
    await settled(page);
    await expect(page.getByTestId("data-row")).toHaveCount(50);
    const first = await codes(page);
    await page.getByTestId("page-next").click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await settled(page);
    await expect(page.getByTestId("table-page")).toHaveText(/^Trang 2\/\d+$/);
    const second = await codes(page);
    expect(second.filter((code) => first.includes(code))).toEqual([]);

    await page.getByTestId("column-chooser").click();
    await page.getByTestId("column-toggle-ircNumber").check();
    await page.getByTestId("column-toggle-zone").uncheck();
    await expect(page).toHaveURL(/[?&]cols=[^&]*ircNumber/);
    await expect(page.getByRole("columnheader", { name: /Số GCN/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "KCN/CCN" })).toHaveCount(0);

    await page.reload();
    await settled(page);
    expect(await codes(page)).toEqual(second);
    await expect(page.getByTestId("table-search")).toHaveValue("nha may");
    await expect(page.getByRole("columnheader", { name: /Số GCN/ })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "KCN/CCN" })).toHaveCount(0);

    // Clearing the filters keeps the page size and the columns, and goes back to page 1.
    await page.getByTestId("clear-filters").click();
    await expect(page).not.toHaveURL(/[?&]q=/);
    await expect(page).not.toHaveURL(/[?&]page=/);
    await settled(page);
    await expect(page.getByTestId("table-search")).toHaveValue("");
    await expect(page.getByTestId("data-row")).toHaveCount(50);
  });

  test("a hand-edited link with garbage shows the default view, not an error", async ({ page }) => {
    const response = await page.goto("/projects?sort=password;--&dir=up&page=-3&perPage=7&status=NOPE&country=Korea&ircFrom=31/02/2025&q=%27%20OR%201%3D1");
    expect(response?.status()).toBe(200);
    await settled(page);
    await expect(page.getByTestId("table-empty")).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /Ngày cấp/ })).toHaveAttribute("aria-sort", "descending");
  });
});

test.describe("the projects list for a viewer", () => {
  test.use({ storageState: storageStateOf("VIEWER") });

  test("reads the list but is not offered to add a project", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByTestId("data-row").first()).toBeVisible();
    await expect(page.getByTestId("new-project")).toHaveCount(0);
  });
});
