import { expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import { createRate } from "./create-rate";
import { deleteRate } from "./delete-rate";
import { listRates } from "./list-rates";
import { updateRate } from "./update-rate";

// Rates are read by everyone who reads projects and written by MANAGER and ADMIN ("rates:write"):
// STAFF and VIEWER are refused inside the data function, whatever the page or action shows.
type Target = { id: number; version: number };

const TODAY = new Date("2026-06-15T00:00:00Z");
let day = 0;
/** A fresh (source, date) each time; far in the future, so the target may be deleted. */
const nextDay = () => new Date(Date.UTC(2030, 0, 1 + day++));

async function makeRate(): Promise<Target> {
  return db.exchangeRate.create({ data: { source: "OTHER", effectiveOn: nextDay(), rate: "25000" }, select: { id: true, version: true } });
}

const OPERATIONS: Operation<Target>[] = [
  { name: "listRates", permission: "projects:read", prepare: makeRate, run: (a) => listRates(a, { page: 1, perPage: 25, source: null }, TODAY) },
  {
    name: "createRate",
    permission: "rates:write",
    prepare: makeRate,
    run: (a) => createRate(a, { source: "SBV_CENTRAL", effectiveOn: nextDay(), rate: "25450.5", note: null }),
  },
  {
    name: "updateRate",
    permission: "rates:write",
    prepare: makeRate,
    run: (a, t) => updateRate(a, { ...t, reason: "test", source: "OTHER", effectiveOn: nextDay(), rate: "26000", note: "đổi" }, TODAY),
  },
  { name: "deleteRate", permission: "rates:write", prepare: makeRate, run: (a, t) => deleteRate(a, t, TODAY) },
];

/** Everything the operations could write. */
async function snapshot() {
  const [rates, audits] = await Promise.all([
    db.exchangeRate.findMany({ orderBy: { id: "asc" } }).then((rows) => rows.map((r) => ({ ...r, rate: r.rate.toString() }))),
    db.auditEvent.count(),
  ]);
  return { rates, audits };
}

describePermissionMatrix("exchange-rate operations check their permission inside the data function", OPERATIONS, snapshot);

it("the matrix covers the roles the issue names: STAFF and VIEWER refused, MANAGER and ADMIN allowed", () => {
  expect((["STAFF", "VIEWER", "MANAGER", "ADMIN"] as const).map((r) => can(r, "rates:write"))).toEqual([false, false, true, true]);
  expect((["STAFF", "VIEWER"] as const).every((r) => can(r, "projects:read"))).toBe(true);
});
