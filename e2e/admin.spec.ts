import { expect, test } from "@playwright/test";
import { storageStateOf, unique } from "./roles";

test.use({ storageState: storageStateOf("ADMIN") });

test("an empty or bad user form says what is wrong, in place, and keeps the input", async ({ page }) => {
  await page.goto("/admin/users");
  await page.locator("#new-email").fill("không-phải-email");
  await page.locator("#new-password").fill("ngan");
  await page.getByTestId("create-user-form").getByRole("button").click();
  await expect(page.getByTestId("error-new-email")).toHaveText("Email không hợp lệ.");
  await expect(page.getByTestId("error-new-name")).toHaveText("Trường này là bắt buộc.");
  await expect(page.getByTestId("error-new-password")).toHaveText("Cần tối thiểu 8 ký tự.");
  await expect(page.locator("#new-email")).toHaveValue("không-phải-email");
});

test("an administrator changes a role after confirming, and the table shows it", async ({ page }) => {
  const email = `${unique("role")}@test.local`;
  await page.goto("/admin/users");
  await page.locator("#new-email").fill(email);
  await page.locator("#new-name").fill("Trần Thị <b>B</b>");
  await page.locator("#new-role").selectOption("VIEWER");
  await page.locator("#new-password").fill("Matkhau@2026");
  await page.getByTestId("create-user-form").getByRole("button").click();
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText("Trần Thị <b>B</b>"); // shown as text, never as markup
  await page.getByTestId(`role-${email}`).selectOption("STAFF");
  await page.getByTestId(`change-role-${email}`).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Xác nhận" }).click();
  await expect(row.locator("td").nth(1)).toHaveText("Chuyên viên");
});

test("settings change the board's name shown in the shell", async ({ page }) => {
  const name = `Ban Quản lý các KCN ${unique("tỉnh")}`;
  await page.goto("/admin/settings");
  await page.locator("#boardName").fill(name);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("Đã lưu cài đặt.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("complementary")).toContainText(name);
});

test("a request too large to send (a 5 MB paste) says so and keeps the input, instead of crashing the form", async ({ page }) => {
  await page.goto("/admin/users");
  await page.locator("#new-email").fill(`${unique("big")}@test.local`);
  await page.locator("#new-password").fill("Matkhau@2026");
  // Set past the field's maxLength the way a script or an old browser could: 5 MB of text.
  await page.locator("#new-name").evaluate((el: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setValue.call(el, "x".repeat(5_000_000));
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByTestId("create-user-form").getByRole("button").click();
  await expect(page.getByTestId("create-user-form").getByTestId("notice-error")).toHaveText(
    "Không gửi được dữ liệu (mất kết nối, hoặc nội dung quá lớn). Chưa có gì được lưu; dữ liệu bạn nhập vẫn còn trên màn hình.",
  );
  expect(await page.locator("#new-name").evaluate((el: HTMLInputElement) => el.value.length)).toBe(5_000_000);
});
