// The projects sheet's columns, shared by the XLSX/CSV export and the import, so that an exported
// file imports back unchanged (the round trip). Keys are the project form's field names, plus the
// lead investor's identity and the zone's code, which a spreadsheet carries instead of ids.
// Headers: the export writes the user's language; the import accepts either (and guesses mappings
// from them). Enum cells are written as the localized label (projects messages) and read back from
// the code, the vi label or the en label.

export type ColumnKind = "text" | "date" | "decimal" | "integer" | "enum" | "boolean";

export type SheetColumn<K extends string = string> = {
  key: K;
  vi: string;
  en: string;
  kind: ColumnKind;
  /** Exported for reading, ignored on import (derived by the app). */
  readOnly?: boolean;
  /** Suggested width in characters. */
  width: number;
};

export const PROJECT_COLUMNS = [
  { key: "code", vi: "Mã dự án", en: "Project code", kind: "text", width: 14 },
  { key: "ircNumber", vi: "Số GCNĐKĐT", en: "IRC number", kind: "text", width: 16 },
  { key: "ircFirstIssuedOn", vi: "Ngày cấp lần đầu", en: "First issued on", kind: "date", width: 12 },
  { key: "ircIssuingAgency", vi: "Cơ quan cấp", en: "Issuing agency", kind: "text", width: 24 },
  { key: "name", vi: "Tên dự án", en: "Project name", kind: "text", width: 40 },
  { key: "type", vi: "Loại hình (FDI/DDI)", en: "Type (FDI/DDI)", kind: "enum", width: 10 },
  { key: "leadInvestorName", vi: "Nhà đầu tư chính", en: "Lead investor", kind: "text", width: 32 },
  { key: "leadInvestorCountry", vi: "Quốc gia nhà đầu tư (mã ISO)", en: "Investor country (ISO code)", kind: "text", width: 10 },
  { key: "leadInvestorIdentifier", vi: "Mã số thuế/ĐKKD nhà đầu tư", en: "Investor tax/registration no.", kind: "text", width: 18 },
  { key: "investorException", vi: "Ghi chú ngoại lệ nhà đầu tư", en: "Investor exception note", kind: "text", width: 20 },
  { key: "zoneCode", vi: "Mã KCN/CCN", en: "Zone code", kind: "text", width: 12 },
  { key: "isSecondary", vi: "Dự án thứ cấp", en: "Secondary project", kind: "boolean", width: 10 },
  { key: "vsicCode", vi: "Mã ngành VSIC", en: "VSIC code", kind: "text", width: 10 },
  { key: "currency", vi: "Loại tiền", en: "Currency", kind: "enum", width: 8 },
  { key: "initialCapital", vi: "Vốn đăng ký ban đầu", en: "Initial registered capital", kind: "decimal", width: 20 },
  { key: "currentCapital", vi: "Vốn đăng ký hiện tại", en: "Current registered capital", kind: "decimal", readOnly: true, width: 20 },
  { key: "landAreaHa", vi: "Diện tích đất (ha)", en: "Land area (ha)", kind: "decimal", width: 12 },
  { key: "plannedJobs", vi: "Lao động dự kiến", en: "Planned jobs", kind: "integer", width: 10 },
  { key: "status", vi: "Tình trạng", en: "Status", kind: "enum", width: 16 },
  { key: "statusDecisionNo", vi: "Số quyết định", en: "Decision no.", kind: "text", width: 16 },
  { key: "statusDecisionOn", vi: "Ngày quyết định", en: "Decision date", kind: "date", width: 12 },
] as const satisfies readonly SheetColumn[];

export type ProjectColumnKey = (typeof PROJECT_COLUMNS)[number]["key"];

/** Booleans are written "Có"/"Không" (vi) or "Yes"/"No" (en); both languages and true/false/1/0 read back. */
export const BOOLEAN_LABELS = { vi: { true: "Có", false: "Không" }, en: { true: "Yes", false: "No" } } as const;
