import { expect, test } from "@playwright/test";
import { captureAction, replayAction } from "./forge";
import { storageStateOf, unique } from "./roles";

// A server action is a public endpoint: VIEWER's crafted POSTs of STAFF's real requests (add an
// amendment, archive a project) are refused by the server, and the project does not change.
test.use({ storageState: storageStateOf("STAFF") });

async function firstProjectPath(page: import("@playwright/test").Page) {
  await page.goto("/projects?sort=code&dir=asc");
  await page.locator("tbody tr a").first().click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  return new URL(page.url()).pathname;
}

test("VIEWER cannot add an amendment or archive a project by replaying STAFF's requests", async ({ page, baseURL }) => {
  const projectPath = await firstProjectPath(page);
  const rows = page.locator("[data-testid^=amendment-row-]");
  const before = await rows.count();

  // STAFF adds an amendment for real; the request is recorded.
  await page.getByTestId("add-amendment").click();
  await page.locator("#amendedOn").fill("20/11/2026");
  await page.getByTestId("direction-INCREASE").check({ force: true });
  await page.locator("#capitalDelta").fill("1.000");
  await page.locator("#otherChanges").fill(unique("bản gốc"));
  const amend = await captureAction(page, () => page.getByTestId("amendment-submit").click());
  await expect(page).toHaveURL(new RegExp(`${projectPath}#amendments$`));
  await expect(rows).toHaveCount(before + 1);
  const capital = await page.getByTestId("current-capital").innerText();

  for (const role of ["VIEWER", null] as const) {
    const response = await replayAction(baseURL!, amend, role);
    if (role) expect(response.text).toContain('"code":"FORBIDDEN"');
    else expect(response.status).not.toBe(200);
  }
  await page.reload();
  await expect(rows).toHaveCount(before + 1);
  await expect(page.getByTestId("current-capital")).toHaveText(capital);

  // STAFF archives, the request is recorded, STAFF restores; VIEWER's replay archives nothing.
  await page.getByTestId("archive-project").click();
  const archive = await captureAction(page, () => page.getByRole("alertdialog").getByRole("button").last().click());
  await expect(page.getByTestId("restore-project")).toBeVisible();
  await page.getByTestId("restore-project").click();
  await page.getByRole("alertdialog").getByRole("button").last().click();
  await expect(page.getByTestId("archive-project")).toBeVisible();

  const response = await replayAction(baseURL!, archive, "VIEWER");
  expect(response.text).toContain('"code":"FORBIDDEN"');
  await page.reload();
  await expect(page.getByTestId("archive-project")).toBeVisible();
});
