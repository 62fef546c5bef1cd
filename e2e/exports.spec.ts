import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { storageStateOf } from "./roles";

// Exports from the lists: a user filters the projects list and downloads it as XLSX and CSV; the
// files hold exactly the list's rows. Direct requests without a session are refused.

async function settled(page: Page) {
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
}

/** The list's total as the pager states it ("… trong tổng số 1.234"). */
async function listTotal(page: Page): Promise<number> {
  const text = await page.getByTestId("table-range").innerText();
  const total = /tổng số ([\d.]+)/.exec(text)?.[1];
  expect(total, text).toBeDefined();
  return Number(total!.replace(/\./g, ""));
}

/** Holds each export request back a moment, so that the progress state can be seen. */
async function slowExports(page: Page) {
  await page.route("**/api/exports/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
}

test.describe("exports", () => {
  test.use({ storageState: storageStateOf("STAFF") });

  test("the filtered projects list exports to XLSX and CSV with exactly its rows", async ({ page }) => {
    await page.goto("/projects");
    await settled(page);
    // Until the page is hydrated a choice does not reach the URL yet: choose again until it does.
    await expect(async () => {
      await page.getByTestId("filter-type").selectOption("FDI");
      await expect(page).toHaveURL(/[?&]type=FDI(&|$)/, { timeout: 2_000 });
    }).toPass();
    await settled(page);
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(25); // more than one page: the export is the whole list, not the page
    await slowExports(page);

    const exporter = page.getByTestId("export-projects");
    const xlsxDownload = page.waitForEvent("download");
    await exporter.getByTestId("export-xlsx").click();
    await expect(exporter.getByTestId("export-progress")).toBeVisible();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(/^Dự án \d{4}-\d{2}-\d{2}\.xlsx$/);
    await expect(exporter.getByTestId("export-done")).toContainText(new Intl.NumberFormat("vi-VN").format(total));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Mã dự án");
    expect(sheet.actualRowCount - 1).toBe(total);
    const types = new Set<unknown>();
    sheet.eachRow((row, n) => {
      if (n > 1) types.add(row.getCell(6).value);
    });
    expect([...types]).toEqual(["FDI"]);
    const notes = new Map<string, string>();
    workbook.worksheets[1]!.eachRow((row) => notes.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(notes.get("Loại dự án")).toBe("FDI (nước ngoài)");
    expect(notes.get("Người xuất")).toContain("staff@ipa.local");

    const csvDownload = page.waitForEvent("download");
    await exporter.getByTestId("export-csv").click();
    await expect(exporter.getByTestId("export-progress")).toBeVisible();
    const csv = await readFile((await (await csvDownload).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.subarray(3).toString("utf8").split("\r\n").filter((line) => line !== "");
    expect(lines[0]).toMatch(/^Mã dự án;Số GCNĐKĐT;Ngày cấp lần đầu;/);
    expect(lines.length - 1).toBe(total);
  });

  test("the amendments list filters by direction and exports what it shows", async ({ page }) => {
    await page.goto("/projects");
    await page.getByTestId("amendments-link").click();
    await expect(page).toHaveURL(/\/amendments$/);
    await page.getByTestId("filter-direction").selectOption("decrease");
    await expect(page).toHaveURL(/[?&]direction=decrease(&|$)/);
    await settled(page);
    const total = await listTotal(page).catch(() => 0);
    const download = page.waitForEvent("download");
    await page.getByTestId("export-amendments").getByTestId("export-xlsx").click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await (await download).path())!)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.actualRowCount - 1).toBe(total);
    sheet.eachRow((row, n) => {
      if (n > 1) expect(row.getCell(7).value as number).toBeLessThan(0);
    });
  });

  test("an amendment of other terms only reads 'no capital change', not a green +0", async ({ page }) => {
    await page.goto("/amendments");
    await page.getByTestId("filter-direction").selectOption("unchanged");
    await expect(page).toHaveURL(/[?&]direction=unchanged(&|$)/);
    await settled(page);
    const firstDelta = page.getByTestId("data-table").locator("tbody tr").first().locator("td").filter({ hasText: "Không đổi vốn" });
    await expect(firstDelta).toHaveCount(1);
    await expect(page.getByTestId("data-table").locator("tbody")).not.toContainText("+0");
  });
});

test.describe("exports: direct requests", () => {
  test("without a session the route answers 401 with a code, never 500", async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const view of ["projects", "amendments", "investors", "zones"]) {
      const response = await anonymous.get(`/api/exports/${view}?format=xlsx`, { maxRedirects: 0 });
      expect(response.status()).toBe(401);
      expect(await response.json()).toEqual({ error: "UNAUTHENTICATED" });
    }
    await anonymous.dispose();
  });

  test.describe("as VIEWER", () => {
    test.use({ storageState: storageStateOf("VIEWER") });

    test("everyone exports the tables; a bad request is a 4xx with a code", async ({ request }) => {
      const ok = await request.get("/api/exports/investors?format=csv&country=KR");
      expect(ok.status()).toBe(200);
      expect(ok.headers()["content-disposition"]).toMatch(/filename\*=UTF-8''Nh%C3%A0%20%C4%91%E1%BA%A7u%20t%C6%B0/);
      expect(Number(ok.headers()["x-total-count"])).toBeGreaterThan(0);
      expect((await ok.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect((await request.get("/api/exports/users?format=csv")).status()).toBe(404);
      expect((await request.get("/api/exports/projects?format=pdf")).status()).toBe(422);
      expect((await request.get("/api/exports/zone-progress?format=csv&zone=999999")).status()).toBe(404);
    });
  });
});
