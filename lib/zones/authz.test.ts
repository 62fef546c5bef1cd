import { db } from "@/lib/db";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { addProgress, getProgressZone } from "./add-progress";
import { checkZoneCapacity } from "./check-capacity";
import { correctProgress, getProgressForEdit } from "./correct-progress";
import { createZone } from "./create-zone";
import { addProgressSchema, correctProgressSchema, createZoneSchema, updateZoneSchema } from "./schemas";
import { makeProgress, makeZone, progressForm, zoneForm } from "./test-fixtures";
import { getZoneForEdit, updateZone } from "./update-zone";

// Every data function of zones and their progress entries, walked over the role → permission table:
// VIEWER cannot create or edit zones nor add or correct progress; STAFF can, but the status
// decisions (ESTABLISHED / OPERATING) need "zones:decide" (MANAGER and ADMIN).
type Target = { zoneId: number; progressId: number; form: Record<string, unknown> };

const DECISION = { establishingDecisionNo: "99/QĐ-UBND", establishingDecisionDate: "02/01/2025" };

async function prepare(): Promise<Target> {
  const admin = await makeUser("ADMIN");
  const zone = await makeZone(admin);
  const progress = await makeProgress(admin, zone.id);
  const row = await db.zone.findUniqueOrThrow({ where: { id: zone.id } });
  return { zoneId: zone.id, progressId: progress.id, form: zoneForm({ code: row.code, name: row.name }) };
}

const edit = (t: Target, overrides: Record<string, unknown>) => updateZoneSchema.parse({ ...t.form, ...overrides, id: String(t.zoneId), version: "1" });

const OPERATIONS: Operation<Target>[] = [
  { name: "checkZoneCapacity", permission: "zones:read", prepare, run: (a, t) => checkZoneCapacity(a, { zoneId: t.zoneId, landAreaHa: "10" }) },
  { name: "getZoneForEdit", permission: "zones:write", prepare, run: (a, t) => getZoneForEdit(a, t.zoneId) },
  { name: "createZone (PLANNED)", permission: "zones:write", prepare, run: (a) => createZone(a, createZoneSchema.parse(zoneForm())) },
  { name: "updateZone (other fields)", permission: "zones:write", prepare, run: (a, t) => updateZone(a, edit(t, { name: "Đổi tên" })) },
  {
    name: "createZone (ESTABLISHED)",
    permission: "zones:decide",
    prepare,
    run: (a) => createZone(a, createZoneSchema.parse(zoneForm({ status: "ESTABLISHED", ...DECISION }))),
  },
  {
    name: "createZone (OPERATING)",
    permission: "zones:decide",
    prepare,
    run: (a) => createZone(a, createZoneSchema.parse(zoneForm({ status: "OPERATING", ...DECISION }))),
  },
  { name: "updateZone (→ ESTABLISHED)", permission: "zones:decide", prepare, run: (a, t) => updateZone(a, edit(t, { status: "ESTABLISHED", ...DECISION })) },
  { name: "updateZone (→ OPERATING)", permission: "zones:decide", prepare, run: (a, t) => updateZone(a, edit(t, { status: "OPERATING", ...DECISION })) },
  { name: "getProgressZone", permission: "progress:write", prepare, run: (a, t) => getProgressZone(a, t.zoneId) },
  { name: "getProgressForEdit", permission: "progress:write", prepare, run: (a, t) => getProgressForEdit(a, t.zoneId, t.progressId) },
  {
    name: "addProgress",
    permission: "progress:write",
    prepare,
    run: (a, t) => addProgress(a, addProgressSchema.parse(progressForm(t.zoneId, { reportedOn: "30/06/2025" }))),
  },
  {
    name: "correctProgress",
    permission: "progress:write",
    prepare,
    run: (a, t) =>
      correctProgress(a, correctProgressSchema.parse({ ...progressForm(t.zoneId, { infrastructurePct: "60" }), progressId: String(t.progressId), version: "1" })),
  },
];

/** Everything these operations could change. */
async function snapshot() {
  const [zones, progress, audits] = await Promise.all([
    db.zone.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, status: true, version: true, establishingDecisionNo: true } }),
    db.zoneProgressUpdate.findMany({ orderBy: { id: "asc" }, select: { id: true, infrastructurePct: true, version: true, reportedOn: true } }),
    db.auditEvent.count(),
  ]);
  return { zones, progress, audits };
}

describePermissionMatrix("zone and progress operations check their permission inside the data function", OPERATIONS, snapshot);
