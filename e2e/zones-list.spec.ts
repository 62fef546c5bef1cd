import { expect, test, type Page } from "@playwright/test";
import { storageStateOf, unique } from "./roles";

// The zones list on the demo province: a MANAGER narrows it to the clusters (CCN) of one
// district; STAFF registers a project in a zone and sees the zone's leased land and occupancy move.

const VI_AREA = /^\d{1,3}(\.\d{3})*(,\d+)? ha$/; // "1.967,5 ha"
const VI_PERCENT_OR_MISSING = /^(⚠ )?(\d{1,3}(\.\d{3})*(,\d)?%|—)$/; // "75,6%", "—"

async function settled(page: Page) {
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
}

/** "1.234,5 ha" → 1234.5 */
function hectares(text: string): number {
  const match = /^([\d.]+(?:,\d+)?) ha$/.exec(text.trim());
  expect(match, `area "${text}"`).not.toBeNull();
  return Number(match![1]!.replace(/\./g, "").replace(",", "."));
}

/** What lib/format's formatArea(…, "vi", decimals) writes for a number of hectares. */
function viArea(value: number, decimals = 4): string {
  const scale = 10 ** decimals;
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals }).format(Math.round(value * scale) / scale)} ha`;
}

/** What formatPercent(ratio, "vi") writes: one decimal. */
function viPercent(ratio: number): string {
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 }).format(Math.round(ratio * 1000) / 10)}%`;
}

test.describe("the zones list, as a MANAGER", () => {
  test.use({ storageState: storageStateOf("MANAGER") });

  test("filters the clusters (CCN) of one district, and the summary follows the filter", async ({ page }) => {
    await page.goto("/zones");
    await expect(page.getByRole("heading", { name: "Khu công nghiệp, cụm công nghiệp" })).toBeVisible();
    await expect(page.getByTestId("new-zone")).toHaveAttribute("href", "/zones/new");
    const allCount = Number((await page.getByTestId("summary-count").innerText()).replace(/\./g, ""));
    expect(allCount).toBeGreaterThan(0);
    for (const text of await page.getByTestId("zone-occupancy").allInnerTexts()) expect(text.trim()).toMatch(VI_PERCENT_OR_MISSING);
    await expect(page.getByTestId("summary-total-area")).toHaveText(VI_AREA);

    await page.getByTestId("zone-tab-CCN").click();
    await expect(page).toHaveURL(/[?&]kind=CCN(&|$)/);
    await settled(page);
    await expect(page.getByTestId("zone-tab-CCN")).toHaveAttribute("aria-current", "page");
    for (const kind of await page.getByTestId("zone-kind").allInnerTexts()) expect(kind).toBe("CCN");

    // The district filter offers only districts that have a cluster; take the first one.
    const district = await page.getByTestId("filter-district").locator("option").nth(1).getAttribute("value");
    expect(district).toBeTruthy();
    await page.getByTestId("filter-district").selectOption(district!);
    await expect(page).toHaveURL(/[?&]district=/);
    await settled(page);

    const rows = page.getByTestId("data-row");
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    for (const kind of await page.getByTestId("zone-kind").allInnerTexts()) expect(kind).toBe("CCN");
    for (const d of await page.getByTestId("zone-district").allInnerTexts()) expect(d).toBe(district);
    const count = Number((await page.getByTestId("summary-count").innerText()).replace(/\./g, ""));
    expect(count).toBe(shown);
    expect(count).toBeLessThan(allCount);

    // The link carries the whole view.
    await page.reload();
    await settled(page);
    await expect(page.getByTestId("filter-district")).toHaveValue(district!);
    await expect(rows).toHaveCount(shown);

    // Sorted by occupancy, highest first; zones without leasable land ("—") last.
    await page.getByTestId("sort-occupancy").click();
    await expect(page).toHaveURL(/[?&]sort=occupancy&dir=desc(&|$)/);
    await settled(page);
    const values = (await page.getByTestId("zone-occupancy").allInnerTexts()).map((t) => t.replace("⚠", "").trim());
    const numbers = values.filter((v) => v !== "—").map((v) => Number(v.replace("%", "").replace(/\./g, "").replace(",", ".")));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(values.slice(numbers.length).every((v) => v === "—")).toBe(true);
  });
});

test.describe("occupancy after a new project, as STAFF", () => {
  test.use({ storageState: storageStateOf("STAFF") });

  test("a secondary project added in a zone raises its leased land and occupancy", async ({ page }) => {
    // An operating industrial zone, the least occupied one (so the new land never over-fills it).
    await page.goto("/zones?kind=KCN&status=OPERATING&sort=occupancy&dir=asc");
    await settled(page);
    await page.getByTestId("zone-code").first().click();
    await expect(page).toHaveURL(/\/zones\/\d+$/);
    const zonePath = new URL(page.url()).pathname;
    const zoneId = zonePath.split("/").pop()!;
    const before = hectares(await page.getByTestId("zone-leased").innerText());
    const leasable = hectares(await page.getByTestId("zone-leasable").innerText());
    expect(leasable).toBeGreaterThan(0);
    await expect(page.getByTestId("zone-occupancy")).toHaveText(viPercent(before / leasable));
    await expect(page.getByTestId("add-progress")).toHaveAttribute("href", `${zonePath}/progress/new`);
    await expect(page.getByTestId("edit-zone")).toHaveAttribute("href", `${zonePath}/edit`);

    const run = unique("occ");
    await page.goto("/projects/new");
    await page.locator("#code").fill(run);
    await page.locator("#ircNumber").fill(`IRC-${run}`);
    await page.locator("#ircFirstIssuedOn").fill("15/01/2025");
    await page.locator("#name").fill(`Nhà máy thứ cấp ${run}`);
    await page.locator("#ircIssuingAgency").fill("Ban Quản lý các KCN");
    await page.locator("#type").selectOption("FDI");
    await page.getByTestId("create-investor-leadInvestorId").click();
    await page.locator("#leadInvestorId-new-name").fill(`Công ty TNHH ${run}`);
    await page.locator("#leadInvestorId-new-country").selectOption("KR");
    await page.locator("#leadInvestorId-new-identifier").fill(`MST-${run}`);
    await page.getByTestId("leadInvestorId-new-submit").click();
    await expect(page.getByTestId("picked-leadInvestorId")).toContainText(run);
    await page.locator("#zoneId").selectOption(zoneId);
    await expect(page.locator("#isSecondary")).toBeChecked();
    await page.locator("#vsicCode").fill("C2610");
    await page.locator("#initialCapital").fill("2.000.000");
    await page.locator("#landAreaHa").fill("3,25");
    await page.getByTestId("project-submit").click();
    await expect(page).toHaveURL(/\/projects\/\d+$/);

    // The zone page: 3,25 ha more leased, and the occupancy recomputed from the records.
    await page.goto(zonePath);
    await expect(page.getByTestId("zone-leased")).toHaveText(viArea(before + 3.25));
    await expect(page.getByTestId("zone-occupancy")).toHaveText(viPercent((before + 3.25) / leasable));
    // Its projects table (the projects list fixed to this zone) finds the new project.
    await page.goto(`${zonePath}?q=${encodeURIComponent(run)}`);
    await expect(page.getByTestId("project-code").filter({ hasText: run })).toHaveCount(1);

    // The list shows the same figure.
    const code = await page.getByTestId("zone-code").innerText();
    await page.goto(`/zones?q=${encodeURIComponent(code)}`);
    await settled(page);
    const row = page.getByTestId("data-row").filter({ has: page.getByTestId("zone-code").filter({ hasText: new RegExp(`^${code}$`) }) });
    await expect(row.getByTestId("zone-leased")).toHaveText(viArea(before + 3.25, 2));
  });
});
