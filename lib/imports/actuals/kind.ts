import type { Tx } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { saveActualsIn } from "@/lib/plans/save-actuals";
import { ACTUAL_COLUMNS } from "@/lib/spreadsheet/actual-columns";
import type { ImportKindDef, Progress } from "../types";
import { validateActuals, type ActualsPlan } from "./validate-actuals";

/** Each (year, scope) as the actuals grid saves it: versions checked, final figures locked to managers, audited. */
async function commitActuals(tx: Tx, actor: CurrentUser, plan: ActualsPlan, progress: Progress) {
  let done = 0;
  for (const grid of plan.grids) {
    await saveActualsIn(tx, actor, grid);
    done += grid.cells.length;
    await progress(done);
  }
}

export const ACTUALS_KIND: ImportKindDef<ActualsPlan> = {
  columns: ACTUAL_COLUMNS,
  permission: "actuals:write",
  required: ["year", "month", "indicator", "scope", "value"],
  example: { year: 2025, month: 6, indicator: "Kim ngạch xuất khẩu", scope: "Toàn tỉnh", value: 125_400_000 },
  validate: validateActuals,
  commit: commitActuals,
};
