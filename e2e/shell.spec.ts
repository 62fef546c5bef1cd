import { expect, test } from "@playwright/test";
import { ROLE_NAMES, storageStateOf } from "./roles";

const SECTIONS = ["Tổng quan", "Dự án", "KCN/CCN", "Kế hoạch", "Báo cáo"];

for (const role of ROLE_NAMES) {
  test.describe(`${role} shell`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("sees the shell with its sections, and administration only as ADMIN", async ({ page }) => {
      await page.goto("/");
      const nav = page.getByRole("navigation");
      for (const section of SECTIONS) await expect(nav.getByRole("link", { name: section, exact: true })).toBeVisible();
      await expect(nav.getByRole("link", { name: "Người dùng" })).toHaveCount(role === "ADMIN" ? 1 : 0);
      for (const path of ["/projects", "/zones", "/plans", "/reports"]) {
        await page.goto(path);
        await expect(page.getByTestId("current-user")).toBeVisible();
      }
      // The reports section lists the kept bulletins (or says there are none yet) to every role.
      await page.goto("/reports");
      await expect(page.getByRole("heading", { name: "Các báo cáo đã tạo" })).toBeVisible();
    });

    test("the administration pages answer 403 unless ADMIN", async ({ page }) => {
      for (const path of ["/admin/users", "/admin/settings"]) {
        const response = await page.goto(path);
        if (role === "ADMIN") {
          expect(response?.status()).toBe(200);
          await expect(page.getByTestId("forbidden")).toHaveCount(0);
        } else {
          expect(response?.status()).toBe(403);
          await expect(page.getByTestId("forbidden")).toBeVisible();
        }
      }
    });
  });
}

test.describe("language", () => {
  test.use({ storageState: storageStateOf("VIEWER") });

  test("switches between Vietnamese and English from the header and keeps the choice", async ({ page }) => {
    const nav = (name: string) => page.getByRole("navigation").getByRole("link", { name, exact: true });
    await page.goto("/");
    await expect(nav("Tổng quan")).toBeVisible();
    await page.getByTestId("locale-en").click();
    await expect(nav("Overview")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(nav("Projects")).toBeVisible();
    await page.getByTestId("locale-vi").click();
    await expect(nav("Dự án")).toBeVisible();
  });
});
