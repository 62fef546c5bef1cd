import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { createRate } from "./create-rate";
import { deleteRate } from "./delete-rate";
import { listRates } from "./list-rates";
import { createRateSchema, deleteRateSchema, parseRateListParams, updateRateSchema } from "./schemas";
import { updateRate } from "./update-rate";

const TODAY = new Date("2026-06-15T00:00:00Z");
let seq = 0;
/** A distinct dd/MM/yyyy date per call, so that tests never collide on (source, date). */
const nextDate = (year = 2026) => {
  seq += 1;
  const d = new Date(Date.UTC(year, 0, seq));
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};
const form = (overrides: Record<string, string> = {}) => ({ source: "SBV_CENTRAL", effectiveOn: nextDate(), rate: "25.450,5", note: "", ...overrides });
const fieldErrorsOf = (raw: unknown, schema: typeof createRateSchema | typeof updateRateSchema = createRateSchema) => {
  const result = schema.safeParse(raw);
  return result.success ? null : toFieldErrors(result.error);
};
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof AppError ? e : Promise.reject(e)));
const auditsOf = (id: number) => db.auditEvent.findMany({ where: { entity: "ExchangeRate", entityId: String(id) }, orderBy: { id: "asc" } });

describe("recording a rate", () => {
  it("stores the rate typed the Vietnamese way exactly, and audits every field", async () => {
    const manager = await makeUser("MANAGER");
    const created = await createRate(manager, createRateSchema.parse(form({ effectiveOn: "01/06/2026", note: "Thông báo của NHNN" })));
    const row = await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ base: "USD", quote: "VND", source: "SBV_CENTRAL", note: "Thông báo của NHNN", version: 1 });
    expect(row.rate.toFixed(4)).toBe("25450.5000");
    expect(row.effectiveOn).toEqual(new Date("2026-06-01T00:00:00Z"));
    const [audit, ...more] = await auditsOf(created.id);
    expect(more).toHaveLength(0);
    expect(audit).toMatchObject({ action: "CREATE", actorId: manager.id, actorEmail: manager.email });
    expect(audit?.changes).toEqual({
      source: { from: null, to: "SBV_CENTRAL" },
      effectiveOn: { from: null, to: "2026-06-01" },
      rate: { from: null, to: "25450.5" },
      note: { from: null, to: "Thông báo của NHNN" },
    });
  });

  it("reads the rate in the form's language", async () => {
    expect(createRateSchema.parse(form({ rate: "25,450.5", locale: "en" })).rate).toBe("25450.5");
    expect(createRateSchema.parse(form({ rate: "25.450,5", locale: "fr" })).rate).toBe("25450.5"); // unknown → vi
    // the other language's way of writing is refused, never misread ten or a thousand times off
    expect(fieldErrorsOf(form({ rate: "25.450,5", locale: "en" }))?.rate).toEqual([{ key: "rates.errors.rateInvalid" }]);
    expect(fieldErrorsOf(form({ rate: "25,450" }))?.rate).toEqual([{ key: "rates.errors.rateRange" }]);
  });

  it("answers a second rate of one source on one date with a message on the date field", async () => {
    const manager = await makeUser("MANAGER");
    const input = createRateSchema.parse(form({ source: "IRC", effectiveOn: "02/03/2026" }));
    await createRate(manager, input);
    const error = await failure(createRate(manager, { ...input, rate: "25000" }));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors).toEqual({ effectiveOn: [{ key: "rates.errors.duplicate", values: { date: "02/03/2026" } }] });
    // another source on the same date is a different rate
    await expect(createRate(manager, { ...input, source: "OTHER" })).resolves.toBeDefined();
    expect(await db.exchangeRate.count({ where: { effectiveOn: input.effectiveOn } })).toBe(2);
  });
});

describe("bad input gives a field message, never a 500", () => {
  it.each([
    ["0", "rates.errors.ratePositive"],
    ["-25.450", "rates.errors.ratePositive"],
    ["abc", "rates.errors.rateInvalid"],
    ["25.450,5abc", "rates.errors.rateInvalid"],
    ["1e5", "rates.errors.rateInvalid"],
    ["123456789012345678901234567890", "rates.errors.rateInvalid"],
    ["1".repeat(10_000), "rates.errors.rateInvalid"],
    ["25.450,12345", "rates.errors.rateDecimals"],
    ["2.545", "rates.errors.rateRange"],
    ["254.500", "rates.errors.rateRange"],
    ["", "required"],
  ])("rate %j → %s", (rate, key) => {
    expect(fieldErrorsOf(form({ rate }))).toEqual({ rate: [{ key }] });
  });

  it.each([
    ["31/02/2026", "rates.errors.dateInvalid"],
    ["29/02/2025", "rates.errors.dateInvalid"],
    ["2026-06-01", "rates.errors.dateInvalid"],
    ["01/13/2026", "rates.errors.dateInvalid"],
    ["01/06/0226", "rates.errors.dateInvalid"],
    ["01/06/1226", "rates.errors.dateRange"],
    ["x".repeat(5_000), "rates.errors.dateInvalid"],
    ["", "required"],
  ])("date %j → %s", (effectiveOn, key) => {
    expect(fieldErrorsOf(form({ effectiveOn }))).toEqual({ effectiveOn: [{ key }] });
  });

  it("names every wrong field at once, and an unknown source", () => {
    expect(fieldErrorsOf({ source: "BANK_OF_MARS", effectiveOn: "31/02/2026", rate: "abc", note: "x".repeat(501) })).toEqual({
      source: [{ key: "rates.errors.sourceRequired" }],
      effectiveOn: [{ key: "rates.errors.dateInvalid" }],
      rate: [{ key: "rates.errors.rateInvalid" }],
      note: [{ key: "tooLong", values: { max: 500 } }],
    });
    expect(fieldErrorsOf(null)).toEqual({ _form: [{ key: "invalid" }] });
    expect(fieldErrorsOf({ source: ["SBV_CENTRAL"], effectiveOn: 20260601, rate: 25450 })).toMatchObject({
      source: expect.any(Array),
      effectiveOn: expect.any(Array),
      rate: expect.any(Array),
    });
  });

  it("keeps HTML in the note as text, exactly as typed", async () => {
    const manager = await makeUser("MANAGER");
    const note = `<script>alert("x")</script><img src=x onerror=alert(1)> '; DROP TABLE "ExchangeRate"; --`;
    const created = await createRate(manager, createRateSchema.parse(form({ note })));
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } })).note).toBe(note);
    expect(await db.exchangeRate.count()).toBeGreaterThan(0);
  });

  it("refuses an update without a reason", () => {
    expect(fieldErrorsOf({ ...form(), id: "1", version: "1", reason: "  " }, updateRateSchema)).toEqual({
      reason: [{ key: "rates.errors.reasonRequired" }],
    });
    expect(fieldErrorsOf({ ...form(), id: "x", version: "0", reason: "r" }, updateRateSchema)).toMatchObject({ id: expect.any(Array), version: expect.any(Array) });
  });
});

describe("changing a rate", () => {
  async function recorded(overrides: Record<string, string> = {}) {
    const manager = await makeUser("MANAGER");
    const created = await createRate(manager, createRateSchema.parse(form(overrides)));
    return { manager, created };
  }
  const edit = (id: number, version: number, overrides: Record<string, string> = {}) =>
    updateRateSchema.parse({ ...form(), id: String(id), version: String(version), reason: "Nhập nhầm", ...overrides });

  it("corrects a rate in force, audited as CORRECT with only the changed fields and the reason", async () => {
    const { manager, created } = await recorded({ effectiveOn: "01/05/2026", rate: "25.300", note: "gốc" });
    const result = await updateRate(manager, edit(created.id, 1, { effectiveOn: "01/05/2026", rate: "25.310,25", note: "gốc" }), TODAY);
    expect(result).toEqual({ id: created.id, version: 2, changed: true });
    const row = await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.rate.toString()).toBe("25310.25");
    expect(row.version).toBe(2);
    const audits = await auditsOf(created.id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "CORRECT"]);
    expect(audits[1]?.changes).toEqual({ rate: { from: "25300", to: "25310.25" } });
    expect(audits[1]?.meta).toEqual({ reason: "Nhập nhầm" });
  });

  it("audits a change to a rate not yet in force as UPDATE", async () => {
    const { manager, created } = await recorded({ source: "PLAN_YEAR", effectiveOn: "01/01/2027", rate: "26.000" });
    await updateRate(manager, edit(created.id, 1, { source: "PLAN_YEAR", effectiveOn: "01/01/2027", rate: "26.100" }), TODAY);
    expect((await auditsOf(created.id)).map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
  });

  it("writes nothing when nothing changed", async () => {
    const { manager, created } = await recorded({ effectiveOn: "03/05/2026", rate: "25.300" });
    const result = await updateRate(manager, edit(created.id, 1, { effectiveOn: "03/05/2026", rate: "25.300,0000" }), TODAY);
    expect(result.changed).toBe(false);
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);
    expect(await auditsOf(created.id)).toHaveLength(1);
  });

  it("refuses a save from a stale version with CONFLICT and keeps the first save", async () => {
    const { manager, created } = await recorded({ effectiveOn: "04/05/2026" });
    const other = await makeUser("ADMIN");
    await updateRate(other, edit(created.id, 1, { effectiveOn: "04/05/2026", rate: "25.111" }), TODAY);
    const error = await failure(updateRate(manager, edit(created.id, 1, { effectiveOn: "04/05/2026", rate: "25.999" }), TODAY));
    expect(error?.code).toBe("CONFLICT");
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } })).rate.toString()).toBe("25111");
    expect(await auditsOf(created.id)).toHaveLength(2);
  });

  it("lets exactly one of two concurrent saves from the same version through", async () => {
    const { manager, created } = await recorded({ effectiveOn: "05/05/2026" });
    const results = await Promise.all(
      ["25.001", "25.002", "25.003", "25.004"].map((rate) =>
        updateRate(manager, edit(created.id, 1, { effectiveOn: "05/05/2026", rate }), TODAY).then(() => "ok", (e: unknown) => (e as AppError).code),
      ),
    );
    expect(results.sort()).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "ok"]);
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(2);
    expect(await auditsOf(created.id)).toHaveLength(2);
  });

  it("answers a move onto another rate's (source, date) with the duplicate message", async () => {
    const { manager } = await recorded({ source: "OTHER", effectiveOn: "06/05/2026" });
    const { created } = await recorded({ source: "OTHER", effectiveOn: "07/05/2026" });
    const error = await failure(updateRate(manager, edit(created.id, 1, { source: "OTHER", effectiveOn: "06/05/2026" }), TODAY));
    expect(error?.fieldErrors).toEqual({ effectiveOn: [{ key: "rates.errors.duplicate", values: { date: "06/05/2026" } }] });
    expect((await db.exchangeRate.findUniqueOrThrow({ where: { id: created.id } })).version).toBe(1);
  });

  it("answers NOT_FOUND for an unknown rate", async () => {
    const manager = await makeUser("MANAGER");
    expect((await failure(updateRate(manager, edit(999_999, 1), TODAY)))?.code).toBe("NOT_FOUND");
    expect((await failure(deleteRate(manager, { id: 999_999, version: 1 }, TODAY)))?.code).toBe("NOT_FOUND");
  });
});

describe("deleting a rate", () => {
  it("deletes a rate not yet in force, after a version check, keeping the record in the audit", async () => {
    const manager = await makeUser("MANAGER");
    const created = await createRate(manager, createRateSchema.parse(form({ source: "PLAN_YEAR", effectiveOn: "01/01/2028", rate: "26.000" })));
    expect((await failure(deleteRate(manager, deleteRateSchema.parse({ id: created.id, version: 2 }), TODAY)))?.code).toBe("CONFLICT");
    await deleteRate(manager, deleteRateSchema.parse({ id: String(created.id), version: "1" }), TODAY);
    expect(await db.exchangeRate.findUnique({ where: { id: created.id } })).toBeNull();
    const audits = await auditsOf(created.id);
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "DELETE"]);
    expect(audits[1]?.changes).toEqual({
      source: { from: "PLAN_YEAR", to: null },
      effectiveOn: { from: "2028-01-01", to: null },
      rate: { from: "26000", to: null },
    });
  });

  it("refuses to delete a rate in force (from its effective day on): it can only be corrected", async () => {
    const manager = await makeUser("MANAGER");
    const created = await createRate(manager, createRateSchema.parse(form({ effectiveOn: "15/06/2026" })));
    const error = await failure(deleteRate(manager, { id: created.id, version: 1 }, TODAY));
    expect(error?.code).toBe("VALIDATION");
    expect(error?.fieldErrors).toEqual({ _form: [{ key: "rates.errors.inForce" }] });
    expect(await db.exchangeRate.findUnique({ where: { id: created.id } })).not.toBeNull();
    expect(await auditsOf(created.id)).toHaveLength(1);
  });
});

describe("the list", () => {
  it("pages on the server with the one paging contract, newest first, filtered by source", async () => {
    const manager = await makeUser("MANAGER");
    const viewer = await makeUser("VIEWER");
    for (let m = 1; m <= 12; m++) {
      await createRate(manager, createRateSchema.parse(form({ source: "IRC", effectiveOn: `10/${String(m).padStart(2, "0")}/2024`, rate: String(24_000 + m * 10) })));
    }
    const first = await listRates(viewer, { page: 1, perPage: 10, source: "IRC" }, TODAY);
    const irc = await db.exchangeRate.count({ where: { source: "IRC" } });
    expect(first).toMatchObject({ count: irc, page: 1, perPage: 10, totalPages: Math.ceil(irc / 10) });
    expect(first.data).toHaveLength(10);
    expect(first.data.every((r) => r.source === "IRC")).toBe(true);
    const dates = first.data.map((r) => r.effectiveOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(first.data.find((r) => r.effectiveOn.getTime() === Date.UTC(2024, 11, 10))).toMatchObject({ rate: "24120", inForce: true });
    // a page past the end shows the last one
    const past = await listRates(viewer, { page: 99, perPage: 10, source: "IRC" }, TODAY);
    expect(past.page).toBe(past.totalPages);
    expect(past.data.length).toBeGreaterThan(0);
    const all = await listRates(viewer, { page: 1, perPage: 100, source: null }, TODAY);
    expect(all.count).toBe(await db.exchangeRate.count());
  });

  it("reads hand-edited URLs forgivingly", () => {
    expect(parseRateListParams({})).toEqual({ page: 1, perPage: 25, source: null });
    expect(parseRateListParams({ page: "3", perPage: "50", source: "PLAN_YEAR" })).toEqual({ page: 3, perPage: 50, source: "PLAN_YEAR" });
    expect(parseRateListParams({ page: "-2", perPage: "7", source: "'; DROP TABLE" })).toEqual({ page: 1, perPage: 25, source: null });
    expect(parseRateListParams({ page: ["2", "5"], perPage: "abc", source: "sbv_central" })).toEqual({ page: 2, perPage: 25, source: null });
    expect(parseRateListParams({ page: "0" }).page).toBe(1);
    expect(parseRateListParams({ page: "99999999999" }).page).toBe(1);
  });
});
