import { PROGRESS_COLUMNS } from "@/lib/spreadsheet/progress-columns";
import type { ImportKindDef } from "../types";
import { commitProgress } from "./commit-progress";
import { validateProgress, type ProgressPlan } from "./validate-progress";

export const PROGRESS_KIND: ImportKindDef<ProgressPlan> = {
  columns: PROGRESS_COLUMNS,
  permission: "progress:write",
  required: ["zoneCode", "reportedOn", "landClearedHa", "landToClearHa", "infrastructurePct"],
  example: { zoneCode: "KCN-VD", reportedOn: "30/06/2025", landClearedHa: 120.5, landToClearHa: 300, infrastructurePct: 45, note: "Ví dụ: đã xong đường trục chính" },
  validate: validateProgress,
  commit: commitProgress,
};
