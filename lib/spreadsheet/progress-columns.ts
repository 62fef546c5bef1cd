import type { SheetColumn } from "./project-columns";

// The zone progress sheet: one dated entry per zone and day, as the zone's progress form records it.
export const PROGRESS_COLUMNS = [
  { key: "zoneCode", vi: "Mã KCN/CCN", en: "Zone code", kind: "text", width: 12 },
  { key: "reportedOn", vi: "Ngày báo cáo", en: "Reported on", kind: "date", width: 12 },
  { key: "landClearedHa", vi: "Diện tích đã GPMB (ha)", en: "Land cleared (ha)", kind: "decimal", width: 14 },
  { key: "landToClearHa", vi: "Diện tích cần GPMB (ha)", en: "Land to clear (ha)", kind: "decimal", width: 14 },
  { key: "infrastructurePct", vi: "Hoàn thành hạ tầng (%)", en: "Infrastructure complete (%)", kind: "decimal", width: 12 },
  { key: "note", vi: "Ghi chú", en: "Note", kind: "text", width: 40 },
] as const satisfies readonly SheetColumn[];
