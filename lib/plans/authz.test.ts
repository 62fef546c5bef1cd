import { expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { copyLastYear } from "./copy-last-year";
import { deleteTarget } from "./delete-target";
import { finalizeActuals } from "./finalize-actuals";
import { getActualsGrid } from "./get-actuals-grid";
import { listTargets } from "./list-targets";
import { saveActuals } from "./save-actuals";
import { listScopeZones } from "./scope";
import { finalizeActualsSchema, parseScope, saveActualsSchema, upsertTargetSchema } from "./schemas";
import { gridForm, targetForm } from "./test-fixtures";
import { upsertTarget } from "./upsert-target";

// Plans are read by everyone ("plans:read"), written by MANAGER and up ("plans:write"); actuals are
// entered by STAFF and up ("actuals:write") and marked final by MANAGER and up ("actuals:finalize").
// Each refusal happens inside the data function, whatever the page shows, and changes nothing.
type Target = { year: number; targetId: number; month: number };

let seq = 0;
/** A fresh year per case (a target for it and its previous year, and a stored estimate). */
async function prepare(): Promise<Target> {
  seq += 1;
  const year = 2000 + 2 * seq; // two years apart: each case also writes the year before
  const admin = await makeUser("ADMIN");
  const made = await upsertTarget(admin, upsertTargetSchema.parse(targetForm({ year: String(year), indicator: "JOBS", target: "100" })));
  await upsertTarget(admin, upsertTargetSchema.parse(targetForm({ year: String(year - 1), indicator: "EXPORT_VALUE", target: "5" })));
  await saveActuals(admin, saveActualsSchema.parse(gridForm(year, [["JOBS", 1, "10", null]])));
  return { year, targetId: made.id, month: 1 };
}

const PROVINCE = parseScope("PROVINCE")!;

const OPERATIONS: Operation<Target>[] = [
  { name: "listTargets", permission: "plans:read", prepare, run: (a, t) => listTargets(a, t.year) },
  { name: "getActualsGrid", permission: "plans:read", prepare, run: (a, t) => getActualsGrid(a, t.year, PROVINCE) },
  { name: "listScopeZones", permission: "plans:read", prepare, run: (a) => listScopeZones(a) },
  {
    name: "upsertTarget (create)",
    permission: "plans:write",
    prepare,
    run: (a, t) => upsertTarget(a, upsertTargetSchema.parse(targetForm({ year: String(t.year), indicator: "EXPORT_VALUE", target: "1.000" }))),
  },
  {
    name: "upsertTarget (update)",
    permission: "plans:write",
    prepare,
    run: (a, t) => upsertTarget(a, upsertTargetSchema.parse(targetForm({ year: String(t.year), id: String(t.targetId), version: "1", indicator: "JOBS", target: "200" }))),
  },
  { name: "deleteTarget", permission: "plans:write", prepare, run: (a, t) => deleteTarget(a, { id: t.targetId, version: 1 }) },
  { name: "copyLastYear", permission: "plans:write", prepare, run: (a, t) => copyLastYear(a, { year: t.year }) },
  {
    name: "saveActuals",
    permission: "actuals:write",
    prepare,
    run: (a, t) => saveActuals(a, saveActualsSchema.parse(gridForm(t.year, [["JOBS", 1, "11", 1], ["EXPORT_VALUE", 2, "3", null]]))),
  },
  {
    name: "finalizeActuals",
    permission: "actuals:finalize",
    prepare,
    run: (a, t) =>
      finalizeActuals(a, finalizeActualsSchema.parse({ year: String(t.year), scope: "PROVINCE", month: String(t.month), final: true, cells: [{ indicator: "JOBS", version: 1 }] })),
  },
];

/** Everything the operations could write. */
async function snapshot() {
  const [targets, actuals, audits] = await Promise.all([
    db.planTarget.findMany({ orderBy: { id: "asc" } }).then((rows) => rows.map((r) => ({ ...r, target: r.target.toString(), monthlySplit: r.monthlySplit.map(String) }))),
    db.indicatorActual.findMany({ orderBy: { id: "asc" } }).then((rows) => rows.map((r) => ({ ...r, value: r.value.toString() }))),
    db.auditEvent.count(),
  ]);
  return { targets, actuals, audits };
}

describePermissionMatrix("plan and actual operations check their permission inside the data function", OPERATIONS, snapshot);

it("the matrix covers the roles the issue names: STAFF cannot edit plans, VIEWER cannot enter actuals", () => {
  expect((["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const).map((r) => can(r, "plans:write"))).toEqual([true, true, false, false]);
  expect((["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const).map((r) => can(r, "actuals:write"))).toEqual([true, true, true, false]);
  expect((["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const).map((r) => can(r, "actuals:finalize"))).toEqual([true, true, false, false]);
  expect((["ADMIN", "MANAGER", "STAFF", "VIEWER"] as const).every((r) => can(r, "plans:read"))).toBe(true);
});
