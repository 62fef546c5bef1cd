import { describe, expect, it } from "vitest";
import { missingColumns } from "./missing-columns";

const columns = [
  { key: "code", vi: "Mã dự án", en: "Project code", required: true },
  { key: "type", vi: "Loại hình (FDI/DDI)", en: "Type (FDI/DDI)", required: true },
  { key: "currency", vi: "Loại tiền", en: "Currency", required: true },
];
const missing = { key: "imports.errors.columnMissing" };

describe("the required columns a preview refused as not chosen", () => {
  it("are named in the user's language, in the mapping's order", () => {
    const errors = { currency: [missing], type: [missing] };
    expect(missingColumns(errors, columns, "vi")).toEqual(["Loại hình (FDI/DDI)", "Loại tiền"]);
    expect(missingColumns(errors, columns, "en")).toEqual(["Type (FDI/DDI)", "Currency"]);
  });
  it("leave out other errors and answers without field errors", () => {
    expect(missingColumns({ code: [{ key: "validation.invalid" }], _form: [{ key: "imports.errors.headerUsedTwice" }] }, columns, "vi")).toEqual([]);
    expect(missingColumns(undefined, columns, "vi")).toEqual([]);
  });
});
