import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { copyLastYear } from "./copy-last-year";
import { deleteTarget } from "./delete-target";
import { listTargets } from "./list-targets";
import { upsertTargetSchema } from "./schemas";
import { auditsOf, makeZone, targetForm } from "./test-fixtures";
import { upsertTarget } from "./upsert-target";

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e : Promise.reject(e)));
const errorsOf = (raw: unknown) => {
  const r = upsertTargetSchema.safeParse(raw);
  return r.success ? null : toFieldErrors(r.error);
};

describe("setting a target", () => {
  it("creates a target typed the Vietnamese way with its unit, audited field by field", async () => {
    const manager = await makeUser("MANAGER");
    const created = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2030", target: "258.800.000.000.000,5" })));
    expect(created).toMatchObject({ created: true, version: 1 });
    const row = await db.planTarget.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ year: 2030, indicator: "INDUSTRIAL_PRODUCTION_VALUE", scopeKind: "PROVINCE", zoneId: null, scopeKey: "PROVINCE", unit: "VND", monthlySplit: [] });
    expect(row.target.toFixed(2)).toBe("258800000000000.50");
    const [audit, ...more] = await auditsOf("PlanTarget", created.id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ action: "CREATE", actorId: manager.id });
    expect(audit?.changes).toEqual({
      year: { from: null, to: 2030 },
      indicator: { from: null, to: "INDUSTRIAL_PRODUCTION_VALUE" },
      scopeKey: { from: null, to: "PROVINCE" },
      target: { from: null, to: "258800000000000.5" },
      unit: { from: null, to: "VND" },
    });
  });

  it("follows the indicator for the unit, and sets a zone's target", async () => {
    const manager = await makeUser("MANAGER");
    const zone = await makeZone("CCN");
    const made = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2030", indicator: "JOBS", scope: `ZONE:${zone.id}`, target: "1.500" })));
    expect(await db.planTarget.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({ unit: "job", scopeKind: "ZONE", zoneId: zone.id, scopeKey: `ZONE:${zone.id}` });
    const exports = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2030", indicator: "EXPORT_VALUE", target: "9.500.000.000" })));
    expect((await db.planTarget.findUniqueOrThrow({ where: { id: exports.id } })).unit).toBe("USD");
  });

  it("answers a second target for one (year, indicator, scope) with a message at the scope, and writes nothing", async () => {
    const manager = await makeUser("MANAGER");
    await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2031" })));
    const audits = await db.auditEvent.count();
    const error = await failure(upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2031", target: "5" }))));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors).toEqual({ scope: [{ key: "plans.errors.duplicateTarget", values: { year: 2031 } }] });
    expect(await db.planTarget.count({ where: { year: 2031 } })).toBe(1);
    expect(await db.auditEvent.count()).toBe(audits);
    // another scope or year is another target
    await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2031", scope: "ALL_KCN" })));
    await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2032" })));
  });

  it("refuses an unknown or archived zone at the scope field", async () => {
    const manager = await makeUser("MANAGER");
    const archived = await makeZone("KCN", true);
    expect((await failure(upsertTarget(manager, upsertTargetSchema.parse(targetForm({ scope: "ZONE:999999" })))))?.fieldErrors).toEqual({
      scope: [{ key: "plans.errors.zoneUnknown" }],
    });
    expect((await failure(upsertTarget(manager, upsertTargetSchema.parse(targetForm({ scope: `ZONE:${archived.id}` })))))?.fieldErrors).toEqual({
      scope: [{ key: "plans.errors.zoneArchived" }],
    });
  });

  it("changes a target from its version, audits only what changed, and refuses a stale version", async () => {
    const manager = await makeUser("MANAGER");
    const { id } = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2033", target: "1.000" })));
    const edit = (version: number, target: string) => upsertTargetSchema.parse(targetForm({ year: "2033", id: String(id), version: String(version), target }));
    expect(await upsertTarget(manager, edit(1, "1.250,75"))).toEqual({ id, version: 2, created: false });
    const audits = await auditsOf("PlanTarget", id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    expect(audits[1]?.changes).toEqual({ target: { from: "1000", to: "1250.75" } });
    // an unchanged save is no change
    expect(await upsertTarget(manager, edit(2, "1.250,750"))).toEqual({ id, version: 2, created: false });
    // someone else's save came first
    expect((await failure(upsertTarget(manager, edit(1, "9"))))?.code).toBe("CONFLICT");
    expect((await db.planTarget.findUniqueOrThrow({ where: { id } })).target.toString()).toBe("1250.75");
    expect(await auditsOf("PlanTarget", id)).toHaveLength(2);
  });

  it("deletes a target after a version check, the audit keeping it", async () => {
    const manager = await makeUser("MANAGER");
    const { id } = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2034", target: "7" })));
    expect((await failure(deleteTarget(manager, { id, version: 2 })))?.code).toBe("CONFLICT");
    await deleteTarget(manager, { id, version: 1 });
    expect(await db.planTarget.findUnique({ where: { id } })).toBeNull();
    const audits = await auditsOf("PlanTarget", id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "DELETE"]);
    expect(audits[1]?.changes).toMatchObject({ target: { from: "7", to: null } });
    expect((await failure(deleteTarget(manager, { id, version: 1 })))?.code).toBe("NOT_FOUND");
  });
});

describe("the monthly split", () => {
  const TWELVE = ["100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100,5"];

  it("is stored when the twelve months add up to the target exactly", async () => {
    const manager = await makeUser("MANAGER");
    const { id } = await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2035", target: "1.200,5", split: TWELVE })));
    const row = await db.planTarget.findUniqueOrThrow({ where: { id } });
    expect(row.monthlySplit.map((v) => v.toString())).toEqual([...Array(11).fill("100"), "100.5"]);
    expect((await auditsOf("PlanTarget", id))[0]?.changes).toMatchObject({ monthlySplit: { from: null, to: "100; 100; 100; 100; 100; 100; 100; 100; 100; 100; 100; 100.5" } });
    // removing the split: all twelve empty
    await upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2035", id: String(id), version: "1", target: "1.200,5" })));
    expect((await db.planTarget.findUniqueOrThrow({ where: { id } })).monthlySplit).toEqual([]);
  });

  it("names a split that does not add up, a month left empty, and a bad month", () => {
    // 1.200,5 − 0,01: one cent short
    expect(errorsOf(targetForm({ target: "1.200,51", split: TWELVE }))).toEqual({ split: [{ key: "plans.errors.splitSum" }] });
    const missing = [...TWELVE];
    missing[4] = "";
    expect(errorsOf(targetForm({ target: "1.200,5", split: missing }))).toEqual({ "split.4": [{ key: "plans.errors.splitMonthMissing" }] });
    const bad = [...TWELVE];
    bad[0] = "abc";
    bad[1] = "-100";
    expect(errorsOf(targetForm({ target: "1.200,5", split: bad }))).toEqual({
      "split.0": [{ key: "plans.errors.notNumber" }],
      "split.1": [{ key: "plans.errors.negative" }],
    });
    expect(errorsOf(targetForm({ target: "1.200,5", split: ["1.200,5"] }))).toEqual({ split: [{ key: "plans.errors.splitTwelve" }] });
  });
});

describe("bad target input gives a field message, never a 500", () => {
  it.each([
    ["abc", "plans.errors.notNumber"],
    ["12a", "plans.errors.notNumber"],
    ["1e5", "plans.errors.notNumber"],
    ["-1.000", "plans.errors.negative"],
    ["100.000.000.000.000.000.000", "plans.errors.tooLarge"], // 10^20
    ["1".repeat(30), "plans.errors.tooLarge"],
    ["x".repeat(5000), "plans.errors.tooLarge"],
    ["1,234", "plans.errors.decimals2"],
    ["", "required"],
  ])("target %j → %s", (target, key) => {
    expect(errorsOf(targetForm({ target }))).toEqual({ target: [{ key }] });
  });

  it("asks counts for whole numbers", () => {
    expect(errorsOf(targetForm({ indicator: "NEW_PROJECTS", target: "12,5" }))).toEqual({ target: [{ key: "plans.errors.wholeNumber" }] });
    expect(errorsOf(targetForm({ indicator: "JOBS", target: "1.500" }))).toBeNull();
  });

  it.each([
    ["1999", "plans.errors.yearRange"],
    ["2101", "plans.errors.yearRange"],
    ["20a6", "plans.errors.yearRange"],
    ["", "required"],
  ])("year %j → %s", (year, key) => {
    expect(errorsOf(targetForm({ year }))).toEqual({ year: [{ key }] });
  });

  it("names an unknown indicator or scope, and every wrong field at once", () => {
    expect(errorsOf(targetForm({ indicator: "GDP", scope: "ZONE:abc", year: "1800" }))).toEqual({
      indicator: [{ key: "invalid" }],
      scope: [{ key: "plans.errors.scopeInvalid" }],
      year: [{ key: "plans.errors.yearRange" }],
    });
    expect(errorsOf(targetForm({ scope: "ZONE:0" }))).toEqual({ scope: [{ key: "plans.errors.scopeInvalid" }] });
    expect(errorsOf(null)).toEqual({ _form: [{ key: "invalid" }] });
    expect(errorsOf(targetForm({ target: 5, split: "x" }))).toMatchObject({ target: expect.any(Array), split: expect.any(Array) });
  });
});

describe("copy last year's plan", () => {
  it("creates this year's missing targets from last year's, never overwriting, and says how many", async () => {
    const manager = await makeUser("MANAGER");
    const zone = await makeZone("KCN");
    const gone = await makeZone("KCN", false);
    const set = (year: number, fields: Record<string, unknown>) => upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: String(year), ...fields })));
    // 2040: five targets, one of them for a zone archived since, one split by month
    await set(2040, { target: "1.200", split: Array(12).fill("100") });
    await set(2040, { indicator: "EXPORT_VALUE", target: "500" });
    await set(2040, { indicator: "JOBS", scope: "ALL_CCN", target: "300" });
    await set(2040, { indicator: "NEW_PROJECTS", scope: `ZONE:${zone.id}`, target: "4" });
    await set(2040, { indicator: "NEW_PROJECTS", scope: `ZONE:${gone.id}`, target: "9" });
    await db.zone.update({ where: { id: gone.id }, data: { archivedAt: new Date() } });
    // 2041 already has its export target, at another value
    await set(2041, { indicator: "EXPORT_VALUE", target: "650" });

    expect((await listTargets(manager, 2041)).copyable).toBe(3);
    // By hand: 5 last year − 1 archived zone − 1 already set = 3 copied
    expect(await copyLastYear(manager, { year: 2041 })).toEqual({ copied: 3, kept: 1 });
    const rows = await db.planTarget.findMany({ where: { year: 2041 }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.indicator, r.scopeKey, r.target.toString()])).toEqual([
      ["EXPORT_VALUE", "PROVINCE", "650"],
      ["INDUSTRIAL_PRODUCTION_VALUE", "PROVINCE", "1200"],
      ["JOBS", "ALL_CCN", "300"],
      ["NEW_PROJECTS", `ZONE:${zone.id}`, "4"],
    ]);
    expect(rows[1]?.monthlySplit.map(String)).toEqual(Array(12).fill("100"));
    const copiedAudit = await auditsOf("PlanTarget", rows[1]?.id ?? 0);
    expect(copiedAudit).toHaveLength(1);
    expect(copiedAudit[0]).toMatchObject({ action: "CREATE", meta: { copiedFromYear: 2040 } });

    // a second copy finds nothing left to copy
    expect(await copyLastYear(manager, { year: 2041 })).toEqual({ copied: 0, kept: 4 });
    expect((await listTargets(manager, 2041)).copyable).toBe(0);
    expect(await db.planTarget.count({ where: { year: 2041 } })).toBe(4);
    // a year after an empty one copies nothing
    expect(await copyLastYear(manager, { year: 2060 })).toEqual({ copied: 0, kept: 0 });
  });

  it("lists a year's targets in the bulletin's order, for a VIEWER too", async () => {
    const manager = await makeUser("MANAGER");
    const viewer = await makeUser("VIEWER");
    const set = (fields: Record<string, unknown>) => upsertTarget(manager, upsertTargetSchema.parse(targetForm({ year: "2050", ...fields })));
    await set({ indicator: "JOBS", target: "10" });
    await set({ indicator: "EXPORT_VALUE", scope: "ALL_KCN", target: "20" });
    await set({ indicator: "EXPORT_VALUE", target: "30" });
    const list = await listTargets(viewer, 2050);
    expect(list.rows.map((r) => `${r.indicator} ${r.scopeKey} ${r.target}`)).toEqual(["EXPORT_VALUE PROVINCE 30", "EXPORT_VALUE ALL_KCN 20", "JOBS PROVINCE 10"]);
  });
});
