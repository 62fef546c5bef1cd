import type { SheetColumn } from "./project-columns";

// Monthly indicator actuals, one figure a row: the month's own value (never cumulative), for a scope
// (PROVINCE, ALL_KCN, ALL_CCN, or a zone by its code).
export const ACTUAL_COLUMNS = [
  { key: "year", vi: "Năm", en: "Year", kind: "integer", width: 8 },
  { key: "month", vi: "Tháng", en: "Month", kind: "integer", width: 8 },
  { key: "indicator", vi: "Chỉ tiêu", en: "Indicator", kind: "enum", width: 32 },
  { key: "scope", vi: "Phạm vi (Toàn tỉnh / Các KCN / Các CCN / mã KCN, CCN)", en: "Scope (Province / All KCN / All CCN / zone code)", kind: "text", width: 20 },
  { key: "value", vi: "Giá trị tháng", en: "Month's value", kind: "decimal", width: 20 },
] as const satisfies readonly SheetColumn[];
