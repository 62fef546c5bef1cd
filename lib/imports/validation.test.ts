import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";
import { loadMessages } from "@/lib/i18n/messages";
import { makeUser } from "@/lib/testing/factories";
import { makeZone } from "@/lib/projects/test-fixtures";
import { AMENDMENT_COLUMNS } from "@/lib/spreadsheet/amendment-columns";
import { commitImport } from "./commit-import";
import { MAX_CELL_CHARS } from "./limits";
import { projectRow, projectsXlsx, sheetXlsx } from "./testing/project-sheet";
import { allRows, previewFile } from "./testing/run-import";
import type { RowResult } from "./types";

// Import validation: a file with every kind of bad row lists each one with its row number, column
// and a message that exists in vi and en, and the commit writes nothing, not even the good rows.

function message(locale: "vi" | "en", key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], loadMessages(locale));
}

function expectIssue(rows: RowResult[], row: number, column: string, key: string) {
  const result = rows.find((r) => r.row === row);
  expect(result?.action, `row ${row}`).toBe("error");
  expect(result?.issues, `row ${row}`).toContainEqual(expect.objectContaining({ column, key }));
  expect(typeof message("vi", key), key).toBe("string");
  expect(typeof message("en", key), key).toBe("string");
}

describe("import validation", () => {
  it("lists each bad row of a projects file with its row, column and message, and commits nothing", async () => {
    const staff = await makeUser("STAFF");
    const zone = await makeZone();
    const good = projectRow({ zoneCode: zone.code });
    const duplicated = projectRow();
    const rows = [
      good, // row 2
      projectRow({ code: "" }), // 3: missing code
      projectRow({ zoneCode: "KCN-KHONG-CO" }), // 4: unknown zone
      projectRow({ leadInvestorCountry: "XY" }), // 5: unknown country
      projectRow({ initialCapital: "abc" }), // 6: amount "abc"
      projectRow({ ircFirstIssuedOn: "31/02/2024" }), // 7: 31 February
      duplicated, // 8
      { ...projectRow(), code: duplicated.code }, // 9: same code as row 8
      projectRow({ leadInvestorCountry: "VN", type: "FDI" }), // 10: FDI led by a Vietnamese investor
      projectRow({ name: '<script>alert("x")</script>' }), // 11: HTML payload
      projectRow({ ircIssuingAgency: "A".repeat(MAX_CELL_CHARS + 1) }), // 12: a cell over 5,000 characters
      projectRow({ name: "B".repeat(MAX_CELL_CHARS) }), // 13: 5,000 characters: over the name's 500
    ];
    const { id, counts } = await previewFile(staff, "PROJECTS", "loi.xlsx", await projectsXlsx(rows));
    expect(counts).toEqual({ create: 2, update: 0, skip: 0, error: 10 });
    const results = await allRows(staff, id);
    expect(results.find((r) => r.row === 2)?.action).toBe("create");
    expectIssue(results, 3, "code", "validation.required");
    expectIssue(results, 4, "zoneCode", "imports.errors.zoneUnknown");
    expectIssue(results, 5, "leadInvestorCountry", "imports.errors.countryUnknown");
    expectIssue(results, 6, "initialCapital", "projects.errors.amountInvalid");
    expectIssue(results, 7, "ircFirstIssuedOn", "projects.errors.dateInvalid");
    expect(results.find((r) => r.row === 8)?.action).toBe("create");
    expectIssue(results, 9, "code", "imports.errors.duplicateInFile");
    expect(results.find((r) => r.row === 9)?.issues.find((i) => i.key === "imports.errors.duplicateInFile")?.values).toEqual({ row: 8 });
    expectIssue(results, 10, "leadInvestorCountry", "projects.errors.fdiNeedsForeignInvestor");
    expectIssue(results, 11, "name", "imports.errors.markup");
    expectIssue(results, 12, "ircIssuingAgency", "imports.errors.cellTooLong");
    expectIssue(results, 13, "name", "validation.tooLong");

    const refused = await commitImport(staff, { id }).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).fieldErrors?._form?.[0]?.key).toBe("imports.errors.fixErrorsFirst");
    expect(await db.project.count()).toBe(0);
    expect(await db.investor.count()).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "IMPORT" } })).toBe(0);
    expect((await db.importJob.findUniqueOrThrow({ where: { id } })).status).toBe("READY");
  });

  it("lists an amendment for an unknown project, and commits nothing", async () => {
    const staff = await makeUser("STAFF");
    const rows = [
      { projectCode: "KHONG-CO-DU-AN", number: 1, amendedOn: new Date(Date.UTC(2025, 0, 10)), capitalDelta: 1000 },
      { projectCode: "", number: 1, amendedOn: new Date(Date.UTC(2025, 0, 10)), capitalDelta: 1000 },
    ];
    const { id, counts } = await previewFile(staff, "AMENDMENTS", "dieu-chinh.xlsx", await sheetXlsx(AMENDMENT_COLUMNS, rows));
    expect(counts.error).toBe(2);
    const results = await allRows(staff, id);
    expectIssue(results, 2, "projectCode", "imports.errors.projectUnknown");
    expect(results[0]?.issues[0]?.values).toEqual({ code: "KHONG-CO-DU-AN" });
    expectIssue(results, 3, "projectCode", "validation.required");
    await expect(commitImport(staff, { id })).rejects.toBeInstanceOf(AppError);
    expect(await db.amendment.count()).toBe(0);
  });
});
