import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { archiveProject } from "@/lib/projects/archive-project";
import { amend, makeProject } from "@/lib/projects/test-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { findAmendments } from "./find-amendments";
import { parseAmendmentListParams } from "./list-params";

// Amendments across projects (/amendments): four of live projects and one of an archived project.
//   A1  Điện tử Hà Nam (FDI, USD)  #1  2025-02-01  +250.000
//   A2  Điện tử Hà Nam             #2  2025-08-01  −100.000
//   A3  May Thành Đạt (DDI, VND)   #1  2025-03-15  +10.000.000.000
//   A4  May Thành Đạt              #2  2024-12-31  +1.000.000.000
//   A5  archived project           #1  2025-05-05  +1 (never listed)

let viewer: CurrentUser;
const dates = (input: Record<string, string>) => findAmendments(viewer, parseAmendmentListParams(new URLSearchParams(input))).then((p) => p.data.map((a) => a.amendedOn.toISOString().slice(0, 10)));

beforeAll(async () => {
  const staff = await makeUser("STAFF");
  const manager = await makeUser("MANAGER");
  viewer = await makeUser("VIEWER");
  const fdi = await makeProject(staff, { name: "Nhà máy Điện tử Hà Nam" });
  await amend(staff, fdi.id, { number: "1", amendedOn: "01/02/2025", capitalDelta: "250.000", landAreaDeltaHa: "0", otherChanges: "" });
  await amend(staff, fdi.id, { number: "2", amendedOn: "01/08/2025", capitalDelta: "-100.000", landAreaDeltaHa: "0", otherChanges: "" });
  await amend(staff, fdi.id, { number: "3", amendedOn: "01/10/2025", capitalDelta: "0", landAreaDeltaHa: "0", otherChanges: "Đổi tên dự án" });
  const ddi = await makeProject(staff, { name: "Xưởng may Thành Đạt", type: "DDI", currency: "VND", initialCapital: "50.000.000.000" }, "VN");
  await amend(staff, ddi.id, { number: "1", amendedOn: "31/12/2024", capitalDelta: "1.000.000.000", landAreaDeltaHa: "0", otherChanges: "" });
  await amend(staff, ddi.id, { number: "2", amendedOn: "15/03/2025", capitalDelta: "10.000.000.000", landAreaDeltaHa: "0", otherChanges: "" });
  const gone = await makeProject(staff, { name: "Dự án đã lưu trữ" });
  await amend(staff, gone.id, { number: "1", amendedOn: "05/05/2025", capitalDelta: "1", landAreaDeltaHa: "0", otherChanges: "" });
  const { version } = await db.project.findUniqueOrThrow({ where: { id: gone.id }, select: { version: true } });
  await archiveProject(manager, { id: gone.id, version });
});

describe("findAmendments", () => {
  it("lists live projects' amendments, newest first", async () => {
    expect(await dates({})).toEqual(["2025-10-01", "2025-08-01", "2025-03-15", "2025-02-01", "2024-12-31"]);
  });

  it("filters by period, type, direction (increase, decrease, unchanged) and project text", async () => {
    expect(await dates({ from: "2025-01-01", to: "2025-06-30" })).toEqual(["2025-03-15", "2025-02-01"]);
    expect(await dates({ type: "DDI" })).toEqual(["2025-03-15", "2024-12-31"]);
    expect(await dates({ direction: "decrease" })).toEqual(["2025-08-01"]);
    expect(await dates({ direction: "unchanged" })).toEqual(["2025-10-01"]);
    expect(await dates({ direction: "increase", type: "FDI" })).toEqual(["2025-02-01"]);
    expect(await dates({ q: "thanh dat" })).toEqual(["2025-03-15", "2024-12-31"]);
  });

  it("sorts amounts within their currency, ties on the id", async () => {
    expect(await dates({ sort: "delta", dir: "asc" })).toEqual(["2025-08-01", "2025-10-01", "2025-02-01", "2024-12-31", "2025-03-15"]);
  });

  it("refuses a sort outside the whitelist before any SQL, and an anonymous caller", async () => {
    await expect(findAmendments(viewer, { sort: "id; DROP TABLE x" as never })).rejects.toBeInstanceOf(AppError);
    await expect(findAmendments(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
