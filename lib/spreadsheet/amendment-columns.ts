import type { SheetColumn } from "./project-columns";

// The amendments sheet's columns, for the import and an export of amendments alike. An amendment
// is matched on its project's code and its number, so both are required on import.
export const AMENDMENT_COLUMNS = [
  { key: "projectCode", vi: "Mã dự án", en: "Project code", kind: "text", width: 14 },
  { key: "number", vi: "Lần điều chỉnh", en: "Amendment no.", kind: "integer", width: 10 },
  { key: "amendedOn", vi: "Ngày điều chỉnh", en: "Amended on", kind: "date", width: 12 },
  { key: "capitalDelta", vi: "Vốn tăng (+)/giảm (-)", en: "Capital change (+/-)", kind: "decimal", width: 20 },
  { key: "capitalBefore", vi: "Vốn trước điều chỉnh", en: "Capital before", kind: "decimal", readOnly: true, width: 20 },
  { key: "capitalAfter", vi: "Vốn sau điều chỉnh", en: "Capital after", kind: "decimal", readOnly: true, width: 20 },
  { key: "landAreaDeltaHa", vi: "Diện tích đất tăng/giảm (ha)", en: "Land area change (ha)", kind: "decimal", width: 12 },
  { key: "otherChanges", vi: "Nội dung điều chỉnh khác", en: "Other changes", kind: "text", width: 40 },
] as const satisfies readonly SheetColumn[];

export type AmendmentColumnKey = (typeof AMENDMENT_COLUMNS)[number]["key"];
