import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, login, ROLE_ACCOUNTS, ROLE_NAMES, storageStateOf } from "./roles";

// Log in once per role; the specs reuse the saved sessions.
for (const role of ROLE_NAMES) {
  setup(`log in as ${role}`, async ({ page }) => {
    await login(page, ROLE_ACCOUNTS[role], DEMO_PASSWORD);
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
