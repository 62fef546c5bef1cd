import { expect, test, type Browser } from "@playwright/test";
import { DEMO_PASSWORD, login, ROLE_ACCOUNTS, storageStateOf, unique } from "./roles";

const MESSAGES = {
  vi: {
    invalid: "Email hoặc mật khẩu không đúng.",
    locked: "Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.",
  },
  en: {
    invalid: "Wrong email or password.",
    locked: "This account is temporarily locked after too many failed sign-ins. Try again in 15 minutes.",
  },
} as const;

/** Creates a fresh account through the administration screen, as an administrator would. */
async function createAccount(browser: Browser, role = "STAFF") {
  const email = `${unique("e2e")}@test.local`;
  const password = "Matkhau@2026";
  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const page = await admin.newPage();
  await page.goto("/admin/users");
  await page.locator("#new-email").fill(email);
  await page.locator("#new-name").fill("Người dùng thử");
  await page.locator("#new-role").selectOption(role);
  await page.locator("#new-password").fill(password);
  await page.getByTestId("create-user-form").getByRole("button").click();
  await expect(page.getByTestId(`user-row-${email}`)).toBeVisible();
  await admin.close();
  return { email, password };
}

for (const lang of ["vi", "en"] as const) {
  test.describe(`login messages in ${lang}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: lang, url: baseURL! }]);
    });

    test("a wrong password and an unknown email get the same message", async ({ page }) => {
      await login(page, ROLE_ACCOUNTS.VIEWER, "not-the-password");
      await expect(page.getByTestId("login-error")).toHaveText(MESSAGES[lang].invalid);
      await login(page, "nobody-here@test.local", DEMO_PASSWORD);
      await expect(page.getByTestId("login-error")).toHaveText(MESSAGES[lang].invalid);
      await expect(page).toHaveURL(/\/login/);
    });

    test("ten failures lock the account, even for the right password", async ({ page, browser }) => {
      const { email, password } = await createAccount(browser);
      for (let i = 0; i < 9; i++) {
        await login(page, email, "wrong-password");
        await expect(page.getByTestId("login-error")).toHaveText(MESSAGES[lang].invalid);
      }
      await login(page, email, "wrong-password");
      await expect(page.getByTestId("login-error")).toHaveText(MESSAGES[lang].locked);
      await login(page, email, password);
      await expect(page.getByTestId("login-error")).toHaveText(MESSAGES[lang].locked);
    });
  });
}

test("a user logs in, lands in the shell, and logs out", async ({ page }) => {
  await login(page, ROLE_ACCOUNTS.MANAGER, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("current-user")).toContainText("Lãnh đạo");
  await page.getByTestId("logout").click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("a deactivated user's open session stops working on the next request", async ({ page, browser }) => {
  const { email, password } = await createAccount(browser, "MANAGER");
  await login(page, email, password);
  await expect(page.getByTestId("current-user")).toBeVisible();

  const admin = await browser.newContext({ storageState: storageStateOf("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto("/admin/users");
  await adminPage.getByTestId(`deactivate-${email}`).click();
  await adminPage.getByRole("alertdialog").getByRole("button", { name: "Vô hiệu hóa" }).click();
  await expect(adminPage.getByTestId(`reactivate-${email}`)).toBeVisible();
  await admin.close();

  await page.goto("/projects");
  await expect(page).toHaveURL(/\/login/);
  await login(page, email, password);
  await expect(page.getByTestId("login-error")).toContainText("vô hiệu hóa");
});
