import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { finalizeActuals } from "./finalize-actuals";
import { getActualsGrid } from "./get-actuals-grid";
import { saveActuals } from "./save-actuals";
import { finalizeActualsSchema, parseScope, saveActualsSchema } from "./schemas";
import { auditsOf, gridForm, makeZone, storedCell } from "./test-fixtures";

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e : Promise.reject(e)));
const errorsOf = (raw: unknown) => {
  const r = saveActualsSchema.safeParse(raw);
  return r.success ? null : toFieldErrors(r.error);
};
const PROVINCE = parseScope("PROVINCE")!;
const save = (actor: Awaited<ReturnType<typeof makeUser>>, raw: Record<string, unknown>) => saveActuals(actor, saveActualsSchema.parse(raw));
const finalize = (actor: Awaited<ReturnType<typeof makeUser>>, year: number, month: number, final: boolean, cells: { indicator: string; version: number }[]) =>
  finalizeActuals(actor, finalizeActualsSchema.parse({ year: String(year), scope: "PROVINCE", month: String(month), final, cells }));

describe("entering monthly actuals", () => {
  it("saves three months typed the Vietnamese way as estimates, each the month's own figure, audited", async () => {
    const staff = await makeUser("STAFF");
    const result = await save(
      staff,
      gridForm(2026, [
        ["INDUSTRIAL_PRODUCTION_VALUE", 1, "21.500.000.000.000", null],
        ["INDUSTRIAL_PRODUCTION_VALUE", 2, "15.234.500.000.000,5", null],
        ["INDUSTRIAL_PRODUCTION_VALUE", 3, "22.000.000.000.000", null],
        ["JOBS", 1, "1.234", null],
      ]),
    );
    expect(result).toMatchObject({ saved: 4, removed: 0 });
    const feb = await storedCell("PROVINCE", 2026, "INDUSTRIAL_PRODUCTION_VALUE", 2);
    expect(feb).toMatchObject({ scopeKind: "PROVINCE", zoneId: null, isEstimate: true, version: 1, createdById: staff.id });
    expect(feb?.value.toFixed(2)).toBe("15234500000000.50");
    expect(result.cells["INDUSTRIAL_PRODUCTION_VALUE.2"]).toMatchObject({ value: "15234500000000.5", isEstimate: true, version: 1 });
    const audits = await auditsOf("IndicatorActual", feb?.id ?? 0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "CREATE",
      actorId: staff.id,
      changes: { value: { from: null, to: "15234500000000.5" }, isEstimate: { from: null, to: true } },
      meta: { scopeKey: "PROVINCE", indicator: "INDUSTRIAL_PRODUCTION_VALUE", year: 2026, month: 2 },
    });

    const grid = await getActualsGrid(await makeUser("VIEWER"), 2026, PROVINCE);
    expect(Object.keys(grid.cells).sort()).toEqual(["INDUSTRIAL_PRODUCTION_VALUE.1", "INDUSTRIAL_PRODUCTION_VALUE.2", "INDUSTRIAL_PRODUCTION_VALUE.3", "JOBS.1"]);
  });

  it("keeps a missing month missing and a zero a zero", async () => {
    const staff = await makeUser("STAFF");
    await save(staff, gridForm(2027, [["EXPORT_VALUE", 1, "0", null], ["EXPORT_VALUE", 3, "12,5", null]]));
    const grid = await getActualsGrid(staff, 2027, PROVINCE);
    expect(grid.cells["EXPORT_VALUE.1"]?.value).toBe("0");
    expect(grid.cells["EXPORT_VALUE.2"]).toBeUndefined(); // February: missing, not 0
    expect(await db.indicatorActual.count({ where: { year: 2027 } })).toBe(2);
  });

  it("removes a value when its cell is emptied, audited with what was removed", async () => {
    const staff = await makeUser("STAFF");
    await save(staff, gridForm(2028, [["JOBS", 5, "300", null]]));
    const row = await storedCell("PROVINCE", 2028, "JOBS", 5);
    const result = await save(staff, gridForm(2028, [["JOBS", 5, "  ", 1]]));
    expect(result).toEqual({ saved: 0, removed: 1, cells: { "JOBS.5": null } });
    expect(await storedCell("PROVINCE", 2028, "JOBS", 5)).toBeNull();
    const audits = await auditsOf("IndicatorActual", row?.id ?? 0);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "DELETE"]);
    expect(audits[1]?.changes).toEqual({ value: { from: "300", to: null }, isEstimate: { from: true, to: null } });
  });

  it("changes a value from its version, audited as UPDATE; saving what is stored writes nothing", async () => {
    const staff = await makeUser("STAFF");
    await save(staff, gridForm(2029, [["EXPORT_VALUE", 4, "1.000", null]]));
    const result = await save(staff, gridForm(2029, [["EXPORT_VALUE", 4, "1.000,25", 1]]));
    expect(result.cells["EXPORT_VALUE.4"]).toMatchObject({ value: "1000.25", version: 2 });
    const row = await storedCell("PROVINCE", 2029, "EXPORT_VALUE", 4);
    expect((await auditsOf("IndicatorActual", row?.id ?? 0)).map((a) => [a.action, a.changes])).toEqual([
      ["CREATE", { value: { from: null, to: "1000" }, isEstimate: { from: null, to: true } }],
      ["UPDATE", { value: { from: "1000", to: "1000.25" } }],
    ]);
    expect(await save(staff, gridForm(2029, [["EXPORT_VALUE", 4, "1.000,250", 2]]))).toEqual({ saved: 0, removed: 0, cells: {} });
    expect((await storedCell("PROVINCE", 2029, "EXPORT_VALUE", 4))?.version).toBe(2);
  });

  it("writes a zone's figures under its own scope", async () => {
    const staff = await makeUser("STAFF");
    const zone = await makeZone("KCN");
    await save(staff, gridForm(2026, [["INDUSTRIAL_PRODUCTION_VALUE", 1, "5", null]], `ZONE:${zone.id}`));
    expect(await storedCell(`ZONE:${zone.id}`, 2026, "INDUSTRIAL_PRODUCTION_VALUE", 1)).toMatchObject({ scopeKind: "ZONE", zoneId: zone.id });
    const archived = await makeZone("CCN", true);
    const error = await failure(save(staff, gridForm(2026, [["JOBS", 1, "5", null]], `ZONE:${archived.id}`)));
    expect(error?.fieldErrors).toEqual({ scope: [{ key: "plans.errors.zoneArchived" }] });
  });
});

describe("all or nothing", () => {
  it("saves nothing when one cell of many is bad, naming that cell", () => {
    expect(
      errorsOf(
        gridForm(2030, [
          ["INDUSTRIAL_PRODUCTION_VALUE", 1, "100", null],
          ["INDUSTRIAL_PRODUCTION_VALUE", 2, "1O0", null],
          ["EXPORT_VALUE", 2, "200", null],
        ]),
      ),
    ).toEqual({ "INDUSTRIAL_PRODUCTION_VALUE.2": [{ key: "plans.errors.notNumber" }] });
  });

  it("rolls back every cell when one is stale, naming the stale cell", async () => {
    const staff = await makeUser("STAFF");
    const other = await makeUser("STAFF");
    await save(staff, gridForm(2031, [["EXPORT_VALUE", 1, "100", null], ["EXPORT_VALUE", 2, "200", null]]));
    // someone else changes February first
    await save(other, gridForm(2031, [["EXPORT_VALUE", 2, "250", 1]]));
    const audits = await db.auditEvent.count();
    const error = await failure(
      save(staff, gridForm(2031, [["EXPORT_VALUE", 1, "110", 1], ["EXPORT_VALUE", 2, "210", 1], ["EXPORT_VALUE", 3, "300", null]])),
    );
    expect(error?.code).toBe("CONFLICT");
    expect(error?.fieldErrors).toEqual({ "EXPORT_VALUE.2": [{ key: "plans.errors.cellConflict" }] });
    expect((await storedCell("PROVINCE", 2031, "EXPORT_VALUE", 1))?.value.toString()).toBe("100");
    expect((await storedCell("PROVINCE", 2031, "EXPORT_VALUE", 2))?.value.toString()).toBe("250");
    expect(await storedCell("PROVINCE", 2031, "EXPORT_VALUE", 3)).toBeNull();
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("refuses a new cell that someone filled meanwhile, and a removal of a cell changed meanwhile", async () => {
    const a = await makeUser("STAFF");
    const b = await makeUser("STAFF");
    await save(a, gridForm(2032, [["JOBS", 7, "70", null]]));
    expect((await failure(save(b, gridForm(2032, [["JOBS", 7, "71", null]]))))?.fieldErrors).toEqual({ "JOBS.7": [{ key: "plans.errors.cellConflict" }] });
    await save(a, gridForm(2032, [["JOBS", 7, "72", 1]]));
    expect((await failure(save(b, gridForm(2032, [["JOBS", 7, "", 1]]))))?.code).toBe("CONFLICT");
    expect((await storedCell("PROVINCE", 2032, "JOBS", 7))?.value.toString()).toBe("72");
  });

  it("lets exactly one of several concurrent saves of a cell from the same version through", async () => {
    const staff = await makeUser("STAFF");
    await save(staff, gridForm(2033, [["JOBS", 1, "1", null]]));
    const results = await Promise.all(
      ["2", "3", "4"].map((v) => save(staff, gridForm(2033, [["JOBS", 1, v, 1]])).then(() => "ok", (e: unknown) => (e as AppError).code)),
    );
    expect(results.sort()).toEqual(["CONFLICT", "CONFLICT", "ok"]);
    expect((await storedCell("PROVINCE", 2033, "JOBS", 1))?.version).toBe(2);
  });
});

describe("final figures", () => {
  it("a MANAGER marks a month final and reopens it; a final value is changed only by a MANAGER", async () => {
    const staff = await makeUser("STAFF");
    const manager = await makeUser("MANAGER");
    await save(staff, gridForm(2034, [["INDUSTRIAL_PRODUCTION_VALUE", 6, "600", null], ["EXPORT_VALUE", 6, "60", null], ["JOBS", 5, "5", null]]));
    const marked = await finalize(manager, 2034, 6, true, [{ indicator: "INDUSTRIAL_PRODUCTION_VALUE", version: 1 }, { indicator: "EXPORT_VALUE", version: 1 }]);
    expect(marked.changed).toBe(2);
    const production = await storedCell("PROVINCE", 2034, "INDUSTRIAL_PRODUCTION_VALUE", 6);
    expect(production).toMatchObject({ isEstimate: false, version: 2 });
    expect((await storedCell("PROVINCE", 2034, "JOBS", 5))?.isEstimate).toBe(true); // another month is untouched
    expect((await auditsOf("IndicatorActual", production?.id ?? 0)).at(-1)).toMatchObject({ action: "UPDATE", changes: { isEstimate: { from: true, to: false } } });

    // STAFF may neither change nor remove a final value; the cell is named
    const locked = await failure(save(staff, gridForm(2034, [["INDUSTRIAL_PRODUCTION_VALUE", 6, "601", 2], ["JOBS", 5, "6", 1]])));
    expect(locked?.code).toBe("FORBIDDEN");
    expect(locked?.fieldErrors).toEqual({ "INDUSTRIAL_PRODUCTION_VALUE.6": [{ key: "plans.errors.finalLocked" }] });
    expect((await failure(save(staff, gridForm(2034, [["EXPORT_VALUE", 6, "", 2]]))))?.code).toBe("FORBIDDEN");
    expect((await storedCell("PROVINCE", 2034, "JOBS", 5))?.value.toString()).toBe("5"); // all or nothing

    // a MANAGER corrects it: it stays final, audited as a correction
    const corrected = await save(manager, gridForm(2034, [["INDUSTRIAL_PRODUCTION_VALUE", 6, "601", 2]]));
    expect(corrected.cells["INDUSTRIAL_PRODUCTION_VALUE.6"]).toMatchObject({ value: "601", isEstimate: false, version: 3 });
    expect((await auditsOf("IndicatorActual", production?.id ?? 0)).at(-1)).toMatchObject({ action: "CORRECT", changes: { value: { from: "600", to: "601" } } });

    // reopened, STAFF may change it again
    await finalize(manager, 2034, 6, false, [{ indicator: "INDUSTRIAL_PRODUCTION_VALUE", version: 3 }, { indicator: "EXPORT_VALUE", version: 2 }]);
    await save(staff, gridForm(2034, [["INDUSTRIAL_PRODUCTION_VALUE", 6, "602", 4]]));
    expect(await storedCell("PROVINCE", 2034, "INDUSTRIAL_PRODUCTION_VALUE", 6)).toMatchObject({ isEstimate: true, version: 5 });
  });

  it("does not sign off a figure the manager has not seen, nor an empty month", async () => {
    const staff = await makeUser("STAFF");
    const manager = await makeUser("MANAGER");
    await save(staff, gridForm(2035, [["JOBS", 2, "20", null]]));
    await save(staff, gridForm(2035, [["JOBS", 2, "21", 1]]));
    const stale = await failure(finalize(manager, 2035, 2, true, [{ indicator: "JOBS", version: 1 }]));
    expect(stale?.code).toBe("CONFLICT");
    expect(stale?.fieldErrors).toEqual({ "JOBS.2": [{ key: "plans.errors.cellConflict" }] });
    // a figure added since the manager looked
    await save(staff, gridForm(2035, [["EXPORT_VALUE", 2, "1", null]]));
    expect((await failure(finalize(manager, 2035, 2, true, [{ indicator: "JOBS", version: 2 }])))?.code).toBe("CONFLICT");
    expect((await storedCell("PROVINCE", 2035, "JOBS", 2))?.isEstimate).toBe(true);
    const empty = await failure(finalize(manager, 2035, 9, true, []));
    expect(empty?.fieldErrors).toEqual({ _form: [{ key: "plans.errors.nothingToFinalize" }] });
  });
});

describe("bad cell input gives a field message, never a 500", () => {
  const one = (value: string, indicator = "EXPORT_VALUE") => errorsOf(gridForm(2026, [[indicator as "EXPORT_VALUE", 3, value, null]]));

  it.each([
    ["abc", "plans.errors.notNumber"],
    ["1.23.4", "plans.errors.notNumber"],
    ["1,2,3", "plans.errors.notNumber"],
    ["Infinity", "plans.errors.notNumber"],
    ["-5", "plans.errors.negative"],
    ["100.000.000.000.000.000.000", "plans.errors.tooLarge"],
    ["9".repeat(40), "plans.errors.tooLarge"],
    ["1,234", "plans.errors.decimals2"],
  ])("cell %j → %s", (value, key) => {
    expect(one(value)).toEqual({ "EXPORT_VALUE.3": [{ key }] });
  });

  it("asks jobs for whole numbers and accepts the largest amount", () => {
    expect(one("12,5", "JOBS")).toEqual({ "JOBS.3": [{ key: "plans.errors.wholeNumber" }] });
    expect(one("999.999.999.999.999.999,99")).toBeNull();
  });

  it("refuses months outside 1..12, years outside 2000..2100, typed-from-the-registry indicators and duplicate cells", () => {
    expect(errorsOf({ ...gridForm(2026, []), cells: [{ indicator: "JOBS", month: 13, value: "1", version: null }] })).toEqual({ "cells.0.month": [{ key: "plans.errors.monthRange" }] });
    expect(errorsOf({ ...gridForm(2026, []), cells: [{ indicator: "JOBS", month: "0", value: "1", version: null }] })).toEqual({ "cells.0.month": [{ key: "plans.errors.monthRange" }] });
    expect(errorsOf(gridForm(1999, [["JOBS", 1, "1", null]]))).toEqual({ year: [{ key: "plans.errors.yearRange" }] });
    expect(errorsOf(gridForm(2101, [["JOBS", 1, "1", null]]))).toEqual({ year: [{ key: "plans.errors.yearRange" }] });
    expect(errorsOf(gridForm(2026, [["NEW_PROJECTS" as "JOBS", 1, "1", null]]))).toEqual({ "cells.0.indicator": [{ key: "plans.errors.indicatorNotMonthly" }] });
    expect(errorsOf(gridForm(2026, [["JOBS", 1, "1", null], ["JOBS", 1, "2", null]]))).toEqual({ "JOBS.1": [{ key: "invalid" }] });
    expect(errorsOf(gridForm(2026, []))).toEqual({ cells: [{ key: "plans.errors.nothingToSave" }] });
    expect(errorsOf(gridForm(2026, [["JOBS", 1, "1", null]], "ZONE:x"))).toEqual({ scope: [{ key: "plans.errors.scopeInvalid" }] });
    expect(errorsOf(null)).toEqual({ _form: [{ key: "invalid" }] });
  });
});
