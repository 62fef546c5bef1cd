import type { SheetColumn } from "./project-columns";

// The zones sheet: the zone form's fields. Enum cells take the code or the vi/en label (zones messages).
export const ZONE_COLUMNS = [
  { key: "code", vi: "Mã KCN/CCN", en: "Zone code", kind: "text", width: 12 },
  { key: "name", vi: "Tên KCN/CCN", en: "Zone name", kind: "text", width: 32 },
  { key: "kind", vi: "Loại (KCN/CCN)", en: "Kind (KCN/CCN)", kind: "enum", width: 10 },
  { key: "district", vi: "Huyện/thị xã/thành phố", en: "District", kind: "text", width: 20 },
  { key: "status", vi: "Tình trạng", en: "Status", kind: "enum", width: 14 },
  { key: "inPlan2030", vi: "Trong quy hoạch đến 2030", en: "In the 2030 plan", kind: "boolean", width: 10 },
  { key: "priorityFromYear", vi: "Ưu tiên từ năm", en: "Priority from", kind: "integer", width: 8 },
  { key: "priorityToYear", vi: "Ưu tiên đến năm", en: "Priority to", kind: "integer", width: 8 },
  { key: "establishingDecisionNo", vi: "Số quyết định thành lập", en: "Establishing decision no.", kind: "text", width: 16 },
  { key: "establishingDecisionDate", vi: "Ngày quyết định thành lập", en: "Establishing decision date", kind: "date", width: 12 },
  { key: "infrastructureInvestor", vi: "Chủ đầu tư hạ tầng", en: "Infrastructure investor", kind: "text", width: 28 },
  { key: "totalAreaHa", vi: "Tổng diện tích (ha)", en: "Total area (ha)", kind: "decimal", width: 12 },
  { key: "leasableAreaHa", vi: "Đất công nghiệp cho thuê (ha)", en: "Leasable industrial land (ha)", kind: "decimal", width: 12 },
  { key: "constructionPlanApproved", vi: "Đã duyệt quy hoạch chi tiết", en: "Detailed plan approved", kind: "boolean", width: 10 },
  { key: "infrastructureStatus", vi: "Tình trạng hạ tầng", en: "Infrastructure status", kind: "enum", width: 16 },
] as const satisfies readonly SheetColumn[];
