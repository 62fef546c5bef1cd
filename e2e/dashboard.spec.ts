import { expect, test, type Page } from "@playwright/test";
import { storageStateOf } from "./roles";

// The managers' dashboard on the demo province: every tile loads (none in error), a past report
// date changes the URL and the figures, a card's drill-down opens the projects list whose total is
// the card's number, and full-page screenshots in vi and en go to e2e/artifacts/ (git-ignored).

const TILES = [
  "new-projects",
  "increases",
  "converted",
  "industrial_production_value",
  "export_value",
  "jobs",
  "valid-fdi",
  "zones-KCN",
  "zones-CCN",
  "chart-monthly",
  "chart-pace",
  "chart-occupancy",
  "chart-country",
  "chart-vsic",
] as const;
const CHARTS = TILES.filter((id) => id.startsWith("chart-"));

/** Every tile has left its skeleton, none shows an error, and every chart has drawn (or says it is empty). */
async function allTilesLoaded(page: Page) {
  for (const id of TILES) {
    const tile = page.getByTestId(`tile-${id}`);
    await expect(tile).toBeVisible();
    await expect(tile.getByTestId("tile-loading")).toHaveCount(0);
  }
  await expect(page.getByTestId("tile-error")).toHaveCount(0);
  for (const id of CHARTS) {
    // Charts load when they come near the viewport, as a reader scrolls down to them (their code
    // is fetched then: slow on a busy shared machine, hence the longer wait).
    await page.getByTestId(`tile-${id}`).scrollIntoViewIfNeeded();
    await expect(page.getByTestId(`tile-${id}`).locator(".recharts-surface, [data-testid$='-empty']").first()).toBeVisible({ timeout: 30_000 });
  }
}

/** "1.234" (vi) or "1,234" (en) → 1234. */
function count(text: string): number {
  const digits = text.replace(/[.,\s]/g, "");
  expect(digits, `a count, got "${text}"`).toMatch(/^\d+$/);
  return Number(digits);
}

/** The projects list's total: "Hiển thị 1–25 trong tổng số 1.234", "Tổng số 3", or "Không có kết quả" (0). */
async function listTotal(page: Page): Promise<number> {
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
  const text = (await page.getByTestId("table-range").innerText()).trim();
  const match = /(\d[\d.]*)$/.exec(text);
  return match ? count(match[1]!) : 0;
}

/** The texts of the figures that depend on the report date. */
async function figures(page: Page): Promise<string[]> {
  const ids = ["kpi-new-projects-count", "kpi-increases-count", "kpi-converted-value", "kpi-valid-fdi-count", "kpi-valid-fdi-capital", "kpi-production-value", "kpi-exports-value"];
  return Promise.all(ids.map(async (id) => (await page.getByTestId(id).innerText()).trim()));
}

test.describe("the dashboard, as a MANAGER", () => {
  test.use({ storageState: storageStateOf("MANAGER"), viewport: { width: 1440, height: 900 } });

  test("renders every tile, follows a past report date, and drills down to lists that match the cards", async ({ page }) => {
    // Five dashboard loads and three lists in one story: more than the default minute on a busy machine.
    test.slow();
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan" })).toBeVisible();
    await allTilesLoaded(page);
    const today = await page.getByTestId("dashboard").getAttribute("data-report-date");
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = today!.split("-");
    await expect(page.getByTestId("report-date-input")).toHaveValue(`${day}/${month}/${year}`);
    // Figures in bulletin units, and no "NaN" or "undefined" anywhere.
    await expect(page.getByTestId("kpi-valid-fdi-capital")).toContainText("USD");
    await expect(page.getByTestId("kpi-production-value")).toHaveText(/(đồng|—)$/);
    await expect(page.getByTestId("dashboard")).not.toContainText(/NaN|undefined|Infinity/);
    const todayFigures = await figures(page);

    // A card's drill-down: the valid FDI projects today.
    const validCard = count(await page.getByTestId("kpi-valid-fdi-count").innerText());
    expect(validCard).toBeGreaterThan(0);
    await page.getByTestId("kpi-valid-fdi-count").click();
    await expect(page).toHaveURL(new RegExp(`/projects\\?type=FDI&validAsOf=${today}$`));
    expect(await listTotal(page)).toBe(validCard);
    // The list says, in words, which drill-down filter is in force, and can drop it.
    await expect(page.getByTestId("drilldown-notice")).toContainText("còn hiệu lực tại ngày");
    await page.getByTestId("drilldown-clear").click();
    await expect(page).toHaveURL(/\/projects\?type=FDI$/);
    await expect(page.getByTestId("drilldown-notice")).toHaveCount(0);
    await page.goBack();

    // A bad date in the URL falls back to today, never a 500.
    for (const bad of ["2025-02-30", "hôm-nay", "99999-01-01"]) {
      const r = await page.goto(`/?date=${encodeURIComponent(bad)}`);
      expect(r?.status()).toBe(200);
      await expect(page.getByTestId("dashboard")).toHaveAttribute("data-report-date", today!);
    }
    await allTilesLoaded(page);

    // A date that does not exist is refused in the control, and the URL stays.
    await page.getByTestId("report-date-input").fill("31/02/2025");
    await page.getByTestId("report-date-apply").click();
    await expect(page.getByTestId("report-date-error")).toBeVisible();

    // A past report date: 30 June last year. The URL keeps it, and the figures are those of then.
    const pastYear = Number(year) - 1;
    const past = `${pastYear}-06-30`;
    await page.getByTestId("report-date-input").fill(`30/06/${pastYear}`);
    await page.getByTestId("report-date-apply").click();
    await expect(page).toHaveURL(new RegExp(`/\\?date=${past}$`));
    await expect(page.getByTestId("dashboard")).toHaveAttribute("data-report-date", past);
    await allTilesLoaded(page);
    await expect(page.getByRole("heading", { name: new RegExp(`năm ${pastYear} so với năm ${pastYear - 1}`) })).toBeVisible();
    const pastFigures = await figures(page);
    expect(pastFigures).not.toEqual(todayFigures);
    expect(count(await page.getByTestId("kpi-valid-fdi-count").innerText())).toBeLessThanOrEqual(validCard);

    // Its drill-downs: the new FDI projects of that period, and the new + added capital's projects.
    const newFdi = count(await page.getByTestId("kpi-new-FDI-count").innerText());
    await page.getByTestId("kpi-new-FDI-count").click();
    await expect(page).toHaveURL(new RegExp(`/projects\\?type=FDI&ircFrom=${pastYear}-01-01&ircTo=${past}$`));
    expect(await listTotal(page)).toBe(newFdi);
    await page.goBack();
    await allTilesLoaded(page);
    const projectsText = await page.getByTestId("kpi-converted-projects").innerText();
    const behindCapital = count(/(\d[\d.]*)/.exec(projectsText)![1]!);
    await page.getByTestId("kpi-converted-projects").click();
    await expect(page).toHaveURL(new RegExp(`/projects\\?newOrIncreasedFrom=${pastYear}-01-01&newOrIncreasedTo=${past}$`));
    expect(await listTotal(page)).toBe(behindCapital);

    // "Hôm nay" goes back to the default date.
    await page.goto(`/?date=${past}`);
    await page.getByTestId("report-date-today").click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("dashboard")).toHaveAttribute("data-report-date", today!);
  });

  test("a zone card's count opens the zones list with the same number", async ({ page }) => {
    await page.goto("/");
    await allTilesLoaded(page);
    const established = count(await page.getByTestId("zone-CCN-established-link").innerText());
    await page.getByTestId("zone-CCN-established-link").click();
    await expect(page).toHaveURL(/\/zones\?kind=CCN&status=ESTABLISHED,OPERATING$/);
    await expect(page.getByTestId("summary-count")).toHaveText(String(established));
  });

  test("the CCN card shows its secondary projects with capital and jobs, and each links to exactly those projects", async ({ page }) => {
    await page.goto("/");
    await allTilesLoaded(page);
    const card = page.getByTestId("zone-CCN");
    // FDI capital in USD, DDI capital in VND (vi: "… triệu USD", "… tỷ đồng"), jobs as a count.
    await expect(card.getByTestId("zone-CCN-secondary-FDI-capital")).toContainText(/USD|—/);
    await expect(card.getByTestId("zone-CCN-secondary-DDI-capital")).toContainText(/đồng|—/);
    const jobs = count(await card.getByTestId("zone-CCN-secondary-jobs-link").innerText());
    expect(jobs).toBeGreaterThan(0);
    const counts: Record<string, number> = {};
    for (const type of ["FDI", "DDI"] as const) {
      counts[type] = count(/(\d[\d.]*)/.exec(await card.getByTestId(`zone-CCN-secondary-${type}-link`).innerText())![1]!);
    }
    await card.getByTestId("zone-CCN-secondary-DDI-link").click();
    await expect(page).toHaveURL(/\/projects\?type=DDI&status=ACTIVE,EXTENDED&zone=CCN&secondary=yes&ircTo=\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByTestId("drilldown-notice")).toContainText("dự án thứ cấp");
    expect(await listTotal(page)).toBe(counts.DDI);
    await page.goBack();
    await allTilesLoaded(page);
    // The jobs line opens the FDI and DDI projects together.
    await page.getByTestId("zone-CCN-secondary-jobs-link").click();
    await expect(page).toHaveURL(/\/projects\?status=ACTIVE,EXTENDED&zone=CCN&secondary=yes&ircTo=/);
    expect(await listTotal(page)).toBe((counts.FDI ?? 0) + (counts.DDI ?? 0));
  });

  test("the prioritised and approved-plan counts open the zones list with the same numbers", async ({ page }) => {
    await page.goto("/");
    await allTilesLoaded(page);
    const year = (await page.getByTestId("dashboard").getAttribute("data-report-date"))!.slice(0, 4);
    for (const [id, query] of [
      ["zone-KCN-prioritised-link", `kind=KCN&prioritisedIn=${year}`],
      ["zone-KCN-prioritised-approved-link", `kind=KCN&prioritisedIn=${year}&planApproved=yes`],
    ] as const) {
      const shown = count(await page.getByTestId(id).innerText());
      await page.getByTestId(id).click();
      await expect(page).toHaveURL(new RegExp(`/zones\\?${query}$`));
      await expect(page.getByTestId("summary-count")).toHaveText(String(shown));
      await page.goBack();
      await allTilesLoaded(page);
    }
  });

  test("screenshots in Vietnamese and in English", async ({ page }) => {
    await page.goto("/");
    await allTilesLoaded(page);
    await page.screenshot({ path: "e2e/artifacts/dashboard-vi.png", fullPage: true });

    await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
    await allTilesLoaded(page);
    await expect(page.getByTestId("kpi-valid-fdi-capital")).toContainText(/USD [\d.,]+ (million|billion)|USD [\d,]+/);
    await page.screenshot({ path: "e2e/artifacts/dashboard-en.png", fullPage: true });
  });
});
