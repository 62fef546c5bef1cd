import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { addProgress, getProgressZone } from "./add-progress";
import { correctProgress, getProgressForEdit } from "./correct-progress";
import { addProgressSchema, correctProgressSchema } from "./schemas";
import { makeProgress, makeZone, progressForm } from "./test-fixtures";

let staff: CurrentUser;
let viewer: CurrentUser;
beforeAll(async () => {
  [staff, viewer] = [await makeUser("STAFF"), await makeUser("VIEWER")];
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: "THROWN", message: String(e) }),
  );

const dmy = (d: Date) => `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
/** Today in Vietnam plus `years` years and `days` days, as typed. */
function typedDate(years: number, days = 0) {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date()).split("-").map(Number);
  return dmy(new Date(Date.UTC((y ?? 2026) + years, (m ?? 1) - 1, (d ?? 1) + days)));
}

describe("adding a progress entry", () => {
  it("stores the entry as typed with one audit event; a later entry of the same zone is a second point", async () => {
    const zone = await makeZone(staff);
    const first = await makeProgress(staff, zone.id, { note: "GPMB giai đoạn 1 — a < b, 5 > 3" });
    const second = await makeProgress(staff, zone.id, { reportedOn: "30/06/2025", landClearedHa: "180", infrastructurePct: "50" });
    const rows = await db.zoneProgressUpdate.findMany({ where: { zoneId: zone.id }, orderBy: { reportedOn: "asc" } });
    expect(rows.map((r) => [r.reportedOn.toISOString().slice(0, 10), r.landClearedHa.toString(), r.landToClearHa.toString(), r.infrastructurePct.toString(), r.note])).toEqual([
      ["2025-03-31", "120.5", "250", "35.5", "GPMB giai đoạn 1 — a < b, 5 > 3"],
      ["2025-06-30", "180", "250", "50", null],
    ]);
    expect(rows[0]?.createdById).toBe(staff.id);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "ZoneProgressUpdate", entityId: String(first.id) } });
    expect(audit).toMatchObject({ action: "CREATE", actorId: staff.id, meta: { zoneId: zone.id } });
    expect(audit.changes).toMatchObject({ reportedOn: { from: null, to: "2025-03-31" }, landClearedHa: { from: null, to: "120.5" } });
    expect(second.version).toBe(1);
  });

  it("gives each bad input a field message and writes nothing", async () => {
    const zone = await makeZone(staff);
    const cases: [Record<string, unknown>, Record<string, { key: string }[]>][] = [
      [{ landClearedHa: "-1" }, { landClearedHa: [{ key: "projects.errors.amountNegative" }] }],
      [{ landToClearHa: "-0,5" }, { landToClearHa: [{ key: "projects.errors.amountNegative" }] }],
      [{ landClearedHa: "250,0001" }, { landClearedHa: [{ key: "zones.errors.clearedOverToClear" }] }],
      [{ infrastructurePct: "100,01" }, { infrastructurePct: [{ key: "zones.errors.percentOver100" }] }],
      [{ infrastructurePct: "150" }, { infrastructurePct: [{ key: "zones.errors.percentOver100" }] }],
      [{ infrastructurePct: "1000" }, { infrastructurePct: [{ key: "projects.errors.amountTooLarge" }] }],
      [{ infrastructurePct: "-1" }, { infrastructurePct: [{ key: "projects.errors.amountNegative" }] }],
      [{ infrastructurePct: "12,345" }, { infrastructurePct: [{ key: "projects.errors.decimals2" }] }],
      [{ reportedOn: typedDate(1, 1) }, { reportedOn: [{ key: "zones.errors.dateTooFarAhead" }] }],
      [{ reportedOn: "2025-03-31" }, { reportedOn: [{ key: "projects.errors.dateInvalid" }] }],
      [{ reportedOn: "" }, { reportedOn: [{ key: "required" }] }],
      [{ note: "<script>alert(1)</script>" }, { note: [{ key: "zones.errors.noMarkup" }] }],
      [{ note: "Xong <b>đợt 1</b>" }, { note: [{ key: "zones.errors.noMarkup" }] }],
      [{ note: "<img src=x onerror=alert(1)>" }, { note: [{ key: "zones.errors.noMarkup" }] }],
      [{ note: "<!-- x -->" }, { note: [{ key: "zones.errors.noMarkup" }] }],
      [{ landClearedHa: "" }, { landClearedHa: [{ key: "required" }] }],
    ];
    const before = [await db.zoneProgressUpdate.count(), await db.auditEvent.count()];
    for (const [overrides, expected] of cases) {
      const parsed = addProgressSchema.safeParse(progressForm(zone.id, overrides));
      expect(parsed.success, JSON.stringify(overrides)).toBe(false);
      if (!parsed.success) expect(toFieldErrors(parsed.error), JSON.stringify(overrides)).toEqual(expected);
    }
    expect([await db.zoneProgressUpdate.count(), await db.auditEvent.count()]).toEqual(before);
  });

  it("accepts the edges: 0% and 100%, all land cleared, a date exactly one year ahead", async () => {
    const zone = await makeZone(staff);
    await makeProgress(staff, zone.id, { reportedOn: "01/01/2024", infrastructurePct: "0", landClearedHa: "0" });
    await makeProgress(staff, zone.id, { reportedOn: "02/01/2024", infrastructurePct: "100", landClearedHa: "250" });
    await makeProgress(staff, zone.id, { reportedOn: typedDate(1) });
    expect(await db.zoneProgressUpdate.count({ where: { zoneId: zone.id } })).toBe(3);
  });

  it("refuses land to clear over the zone's total area and a second entry on the same day, as field messages", async () => {
    const zone = await makeZone(staff); // 300 ha
    expect(await failure(makeProgress(staff, zone.id, { landToClearHa: "300,5" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { landToClearHa: [{ key: "zones.errors.toClearOverTotal", values: { total: "300" } }] },
    });
    await makeProgress(staff, zone.id);
    expect(await failure(makeProgress(staff, zone.id))).toEqual({
      code: "VALIDATION",
      fieldErrors: { reportedOn: [{ key: "zones.errors.progressDateTaken", values: { date: "31/03/2025" } }] },
    });
    expect(await db.zoneProgressUpdate.count({ where: { zoneId: zone.id } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown or archived zone", async () => {
    expect(await failure(makeProgress(staff, 999999))).toMatchObject({ code: "NOT_FOUND" });
    const zone = await makeZone(staff);
    await db.zone.update({ where: { id: zone.id }, data: { archivedAt: new Date() } });
    expect(await failure(makeProgress(staff, zone.id))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getProgressZone(staff, zone.id)).toBeNull();
  });

  it("is refused to a VIEWER, and nothing changes", async () => {
    const zone = await makeZone(staff);
    const before = [await db.zoneProgressUpdate.count(), await db.auditEvent.count()];
    expect(await failure(addProgress(viewer, addProgressSchema.parse(progressForm(zone.id))))).toMatchObject({ code: "FORBIDDEN" });
    expect([await db.zoneProgressUpdate.count(), await db.auditEvent.count()]).toEqual(before);
  });
});

describe("correcting a progress entry", () => {
  const correction = (zoneId: number, progressId: number, version: number, overrides: Record<string, unknown> = {}) =>
    correctProgressSchema.parse({ ...progressForm(zoneId), progressId: String(progressId), version: String(version), ...overrides });

  it("keeps the audit trail: action CORRECT with each changed field's before and after", async () => {
    const zone = await makeZone(staff);
    const entry = await makeProgress(staff, zone.id);
    const fixed = await correctProgress(staff, correction(zone.id, entry.id, 1, { landClearedHa: "125", note: "Sửa số liệu theo biên bản" }));
    expect(fixed.version).toBe(2);
    const events = await db.auditEvent.findMany({ where: { entity: "ZoneProgressUpdate", entityId: String(entry.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "CORRECT"]);
    expect(events[1]?.changes).toEqual({
      landClearedHa: { from: "120.5", to: "125" },
      note: { from: null, to: "Sửa số liệu theo biên bản" },
    });
    // Saving it unchanged writes nothing.
    expect((await correctProgress(staff, correction(zone.id, entry.id, 2, { landClearedHa: "125", note: "Sửa số liệu theo biên bản" }))).version).toBe(2);
    expect(await db.auditEvent.count({ where: { entity: "ZoneProgressUpdate", entityId: String(entry.id) } })).toBe(2);
  });

  it("refuses a stale version with CONFLICT, and another zone's entry id is NOT_FOUND (in the write and the page loader)", async () => {
    const zone = await makeZone(staff);
    const otherZone = await makeZone(staff);
    const entry = await makeProgress(staff, zone.id);
    const foreign = await makeProgress(staff, otherZone.id);
    await correctProgress(staff, correction(zone.id, entry.id, 1, { infrastructurePct: "40" }));
    expect(await failure(correctProgress(staff, correction(zone.id, entry.id, 1, { infrastructurePct: "45" })))).toMatchObject({ code: "CONFLICT" });
    const before = await db.zoneProgressUpdate.findUniqueOrThrow({ where: { id: foreign.id } });
    expect(await failure(correctProgress(staff, correction(zone.id, foreign.id, 1, { infrastructurePct: "99" })))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.zoneProgressUpdate.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(before);
    expect(await getProgressForEdit(staff, zone.id, foreign.id)).toBeNull();
    expect(await getProgressForEdit(staff, zone.id, entry.id)).toMatchObject({ zone: { id: zone.id }, entry: { id: entry.id, infrastructurePct: "40" } });
  });

  it("runs the same rules as a new entry (the same day as another entry of the zone is refused)", async () => {
    const zone = await makeZone(staff);
    const a = await makeProgress(staff, zone.id, { reportedOn: "31/03/2025" });
    await makeProgress(staff, zone.id, { reportedOn: "30/06/2025" });
    expect(await failure(correctProgress(staff, correction(zone.id, a.id, 1, { reportedOn: "30/06/2025" })))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reportedOn: [{ key: "zones.errors.progressDateTaken" }] },
    });
    expect(correctProgressSchema.safeParse({ ...progressForm(zone.id, { infrastructurePct: "101" }), progressId: String(a.id), version: "1" }).success).toBe(false);
  });
});
