import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { captureAction, replayAction } from "./forge";
import { storageStateOf, unique } from "./roles";

// STAFF downloads the projects template, fills 3 rows (one bad), uploads it, sees the error (also
// after a reload: the job is in the URL), fixes it, uploads again, confirms, and finds the projects
// in the list. VIEWER's direct requests (the
// upload route, the template, a replay of STAFF's commit action) are refused.
test.use({ storageState: storageStateOf("STAFF") });

async function fill(template: string, out: string, rows: Record<string, string | number | Date>[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(template)) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  // Every row starts as a copy of the template's example row, then gets its own values.
  const example = [...(sheet.getRow(2).values as ExcelJS.CellValue[])];
  rows.forEach((values, i) => {
    const row = sheet.getRow(2 + i);
    example.forEach((value, col) => {
      if (col > 0) row.getCell(col).value = value ?? null;
    });
    for (const [header, value] of Object.entries(values)) row.getCell(headers.indexOf(header)).value = value;
    row.commit();
  });
  await writeFile(out, Buffer.from(await workbook.xlsx.writeBuffer()));
}

test("STAFF imports three projects from the template after fixing the bad row", async ({ page, baseURL }, testInfo) => {
  await page.goto("/imports");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("import-template").click()]);
  const template = testInfo.outputPath("mau.xlsx");
  await download.saveAs(template);

  const codes = [unique("E2E-A"), unique("E2E-B"), unique("E2E-C")];
  const row = (code: string, capital: string | number) => ({
    "Mã dự án": code,
    "Số GCNĐKĐT": `IRC-${code}`,
    "Ngày cấp lần đầu": new Date(Date.UTC(2025, 4, 12)),
    "Tên dự án": `Nhà máy ${code}`,
    "Nhà đầu tư chính": `Công ty ${code}`,
    "Mã số thuế/ĐKKD nhà đầu tư": `ID-${code}`,
    "Vốn đăng ký ban đầu": capital,
  });
  const bad = testInfo.outputPath("bad.xlsx");
  await fill(template, bad, [row(codes[0]!, 2_000_000), row(codes[1]!, "abc"), row(codes[2]!, 3_500_000)]);

  await page.getByTestId("import-file").setInputFiles(bad);
  await page.getByRole("button", { name: "Tải lên và đọc tệp" }).click();
  await expect(page.getByTestId("import-has-errors")).toBeVisible({ timeout: 30_000 });
  const badRow = page.getByTestId("import-row-3");
  await expect(badRow).toHaveAttribute("data-action", "error");
  await expect(badRow).toContainText("Vốn đăng ký ban đầu: Không đọc được số");
  await expect(page.getByTestId("import-commit")).toHaveCount(0);
  // the job is in the URL: a reload (or a server restart) reopens it as it was, errors first
  await expect(page).toHaveURL(/\/imports\?job=\d+$/);
  await page.reload();
  await expect(page.getByTestId("import-has-errors")).toBeVisible();
  await expect(page.getByTestId("import-row-3")).toContainText("Vốn đăng ký ban đầu: Không đọc được số");

  const fixed = testInfo.outputPath("fixed.xlsx");
  await fill(template, fixed, [row(codes[0]!, 2_000_000), row(codes[1]!, "1.250.000,5"), row(codes[2]!, 3_500_000)]);
  await page.getByTestId("import-file").setInputFiles(fixed);
  await page.getByRole("button", { name: "Tải lên và đọc tệp" }).click();
  await expect(page.getByTestId("import-counts")).toContainText("3 tạo mới", { timeout: 30_000 });
  await page.getByTestId("import-commit").click();
  const commit = await captureAction(page, () => page.getByRole("alertdialog").getByRole("button", { name: "Nhập dữ liệu" }).click());
  await expect(page.getByTestId("import-result")).toContainText("3 tạo mới", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByTestId("import-result")).toContainText("3 tạo mới");
  // someone else's job, or none, is not found and leaves the bare page
  await page.goto("/imports?job=2147483647");
  await expect(page.getByTestId("import-error")).toBeVisible();
  await expect(page).toHaveURL(/\/imports$/);

  await page.goto(`/projects?q=${encodeURIComponent("E2E-")}&sort=code&dir=asc`);
  for (const code of codes) await expect(page.getByRole("link", { name: code, exact: true }).or(page.getByText(code, { exact: true })).first()).toBeVisible();

  // VIEWER replays STAFF's real commit request: refused by the action itself.
  const replay = await replayAction(baseURL!, commit, "VIEWER");
  expect(replay.text).toContain('"code":"FORBIDDEN"');

  // VIEWER's direct requests to the route handlers are refused too, and the page is forbidden.
  const viewer = await playwrightRequest.newContext({ baseURL, storageState: storageStateOf("VIEWER") });
  try {
    const upload = await viewer.post("/api/imports", {
      multipart: { kind: "PROJECTS", file: { name: "x.xlsx", mimeType: "application/octet-stream", buffer: await readFile(fixed) } },
    });
    expect(upload.status()).toBe(403);
    expect(await upload.json()).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await viewer.get("/api/imports/template/PROJECTS")).status()).toBe(403);
    expect((await viewer.get("/imports")).status()).toBe(403);
  } finally {
    await viewer.dispose();
  }
});

test("a file without some required columns is refused with their names, before any row is read", async ({ page }, testInfo) => {
  await page.goto("/imports");
  const csv = testInfo.outputPath("thieu-cot.csv");
  await writeFile(csv, "\uFEFFMã dự án;Số GCNĐKĐT;Tên dự án;Nhà đầu tư chính;Vốn đăng ký ban đầu\nX-1;IRC-X-1;Nhà máy X;Công ty X;1000\n");
  await page.getByTestId("import-file").setInputFiles(csv);
  await page.getByRole("button", { name: "Tải lên và đọc tệp" }).click();
  const error = page.getByTestId("import-error");
  await expect(error).toContainText("Chưa chọn cột bắt buộc: Loại hình (FDI/DDI), Quốc gia nhà đầu tư (mã ISO), Loại tiền", { timeout: 30_000 });
  await expect(page.getByTestId("import-commit")).toHaveCount(0);
});
