import { AMENDMENT_COLUMNS } from "@/lib/spreadsheet/amendment-columns";
import type { ImportKindDef } from "../types";
import { commitAmendments } from "./commit-amendments";
import { validateAmendments, type AmendmentPlan } from "./validate-amendments";

export const AMENDMENTS_KIND: ImportKindDef<AmendmentPlan> = {
  columns: AMENDMENT_COLUMNS,
  permission: "projects:write",
  required: ["projectCode", "number", "amendedOn"],
  example: {
    projectCode: "DA-VD-001",
    number: 1,
    amendedOn: "20/06/2025",
    capitalDelta: 2_500_000,
    landAreaDeltaHa: 0,
    otherChanges: "Bổ sung mục tiêu sản xuất (ví dụ)",
  },
  validate: validateAmendments,
  commit: commitAmendments,
};
