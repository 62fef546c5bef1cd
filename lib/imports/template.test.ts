import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { makeUser } from "@/lib/testing/factories";
import { buildTemplate } from "./build-template";
import { getImport } from "./get-import";
import { AVAILABLE_KINDS, kindDef } from "./kinds";
import { previewFile } from "./testing/run-import";

describe("import templates", () => {
  for (const kind of AVAILABLE_KINDS) {
    it(`${kind}: Vietnamese headers and an example row, read back with every required column mapped`, async () => {
      const file = await buildTemplate(kind);
      expect(file).not.toBeNull();
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const columns = kindDef(kind)!.columns.filter((c) => !c.readOnly);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.vi));
      expect(sheet.actualRowCount).toBe(2);
      const staff = await makeUser("STAFF");
      const { id, counts } = await previewFile(staff, kind, "mau.xlsx", file!);
      const view = await getImport(staff, { id, progressOnly: true });
      for (const key of kindDef(kind)!.required) expect(view.mapping[key], key).toBeDefined();
      // The projects example stands alone (no zone, a new investor): it imports as it is.
      if (kind === "PROJECTS") expect(counts).toEqual({ create: 1, update: 0, skip: 0, error: 0 });
    });
  }

  it("keeps a job to the user who uploaded it", async () => {
    const staff = await makeUser("STAFF");
    const other = await makeUser("STAFF");
    const { id } = await previewFile(staff, "PROJECTS", "mau.xlsx", (await buildTemplate("PROJECTS"))!);
    const error = await getImport(other, { id }).then(() => null, (e: unknown) => e);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });
});
