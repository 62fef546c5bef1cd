import { expect, test } from "@playwright/test";
import { captureAction, replayAction, type CapturedAction } from "./forge";
import { ROLE_NAMES, storageStateOf, unique } from "./roles";

const PAGES = ["/", "/projects", "/zones", "/plans", "/reports", "/admin/users", "/admin/settings"];

test.describe("an anonymous caller", () => {
  test("is sent to the login page from every page", async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
    }
  });

  test("gets no session", async ({ request }) => {
    const session = await request.get("/api/auth/session");
    expect(await session.json()).toEqual({});
  });
});

/** Records the real server-action request that the admin's "add user" form sends. */
async function captureCreateUser(browser: import("@playwright/test").Browser): Promise<CapturedAction> {
  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  const email = `${unique("captured")}@test.local`;
  await page.locator("#new-email").fill(email);
  await page.locator("#new-name").fill("Bản gốc");
  await page.locator("#new-password").fill("Matkhau@2026");
  const captured = await captureAction(page, () => page.getByTestId("create-user-form").getByRole("button").click());
  await expect(page.getByTestId(`user-row-${email}`)).toBeVisible();
  await admin.close();
  return captured;
}

/** The same bytes with another email, so that a success would show as a new row. */
function withEmail(c: CapturedAction, email: string): Buffer {
  return Buffer.from(c.body.toString("utf8").replace(/captured-[\w-]+@test\.local/, email), "utf8");
}

async function userExists(browser: import("@playwright/test").Browser, email: string) {
  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  await expect(page.getByTestId("users-table")).toBeVisible();
  const count = await page.getByTestId(`user-row-${email}`).count();
  await admin.close();
  return count > 0;
}

test("a crafted server-action POST is refused for every role without users:manage, and for anonymous callers", async ({ browser, baseURL }) => {
  const captured = await captureCreateUser(browser);
  for (const role of ROLE_NAMES.filter((r) => r !== "ADMIN")) {
    const email = `${unique(`forged-${role.toLowerCase()}`)}@test.local`;
    const response = await replayAction(baseURL!, captured, role, withEmail(captured, email));
    expect(response.text).toContain('"code":"FORBIDDEN"');
    expect(await userExists(browser, email)).toBe(false);
  }
  const email = `${unique("forged-anonymous")}@test.local`;
  const response = await replayAction(baseURL!, captured, null, withEmail(captured, email));
  expect(response.status).not.toBe(200);
  expect(await userExists(browser, email)).toBe(false);
});
