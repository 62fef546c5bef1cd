import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { correctAmendment } from "./correct-amendment";
import { getProject } from "./get-project";
import { walkChain } from "./preview-amendment";
import { correctAmendmentSchema, updateProjectSchema } from "./schemas";
import { amend, makeProject, projectForm } from "./test-fixtures";
import { updateProject } from "./update-project";

// The registered-capital ledger on real PostgreSQL. Every expected figure below was computed by
// hand from the initial capital and the deltas, in the order (date, number).

let staff: CurrentUser;
beforeAll(async () => {
  staff = await makeUser("STAFF");
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: "THROWN", message: String(e) }),
  );

/** The chain as stored: number → [before, after], in ledger order. */
async function chain(projectId: number) {
  const rows = await db.amendment.findMany({ where: { projectId }, orderBy: [{ amendedOn: "asc" }, { number: "asc" }, { id: "asc" }] });
  return rows.map((r) => [r.number, r.capitalBefore.toFixed(2), r.capitalAfter.toFixed(2)]);
}
const current = async (projectId: number) => (await db.project.findUniqueOrThrow({ where: { id: projectId } })).currentCapital.toFixed(2);

async function correct(projectId: number, number: number, form: Record<string, unknown>) {
  const row = await db.amendment.findUniqueOrThrow({ where: { projectId_number: { projectId, number } } });
  const base = {
    projectId: String(projectId),
    amendmentId: String(row.id),
    version: String(row.version),
    number: String(row.number),
    amendedOn: `${row.amendedOn.toISOString().slice(8, 10)}/${row.amendedOn.toISOString().slice(5, 7)}/${row.amendedOn.toISOString().slice(0, 4)}`,
    capitalDelta: row.capitalDelta.toFixed(2).replace(".", ","),
    landAreaDeltaHa: row.landAreaDeltaHa.toString().replace(".", ","),
    otherChanges: row.otherChanges ?? "",
  };
  return correctAmendment(staff, correctAmendmentSchema.parse({ ...base, ...form }));
}

describe("registered capital = initial + Σ amendments, with capital before → after of each", () => {
  it("derives increases, decreases, two on one day, a backdated amendment and corrections", async () => {
    const p = await makeProject(staff, { initialCapital: "1.000.000,00" });

    // #1 on 10/03/2024: +500,000 → 1,000,000 → 1,500,000
    const first = await amend(staff, p.id, { number: "1", amendedOn: "10/03/2024", capitalDelta: "500.000", otherChanges: "Tăng vốn" });
    expect(first).toMatchObject({ number: 1, capitalBefore: "1000000.00", capitalAfter: "1500000.00", currentCapital: "1500000.00" });

    // #4 on 15/09/2024: −50,000 → 1,500,000 → 1,450,000
    await amend(staff, p.id, { number: "4", amendedOn: "15/09/2024", capitalDelta: "-50.000" });
    expect(await chain(p.id)).toEqual([
      [1, "1000000.00", "1500000.00"],
      [4, "1500000.00", "1450000.00"],
    ]);

    // #3 the same day, entered later: it comes before #4 (same date, lower number).
    // #3: 1,500,000 → 1,600,000; #4: 1,600,000 → 1,550,000
    await amend(staff, p.id, { number: "3", amendedOn: "15/09/2024", capitalDelta: "100.000" });
    expect(await chain(p.id)).toEqual([
      [1, "1000000.00", "1500000.00"],
      [3, "1500000.00", "1600000.00"],
      [4, "1600000.00", "1550000.00"],
    ]);
    expect(await current(p.id)).toBe("1550000.00");

    // #2 backdated to 01/06/2024: −200,000.50. Everything after it shifts.
    // #1 1,000,000 → 1,500,000; #2 1,500,000 → 1,299,999.50; #3 → 1,399,999.50; #4 → 1,349,999.50
    await amend(staff, p.id, { number: "2", amendedOn: "01/06/2024", capitalDelta: "-200.000,50" });
    expect(await chain(p.id)).toEqual([
      [1, "1000000.00", "1500000.00"],
      [2, "1500000.00", "1299999.50"],
      [3, "1299999.50", "1399999.50"],
      [4, "1399999.50", "1349999.50"],
    ]);
    // 1,000,000 + 500,000 − 200,000.50 + 100,000 − 50,000 = 1,349,999.50
    expect(await current(p.id)).toBe("1349999.50");

    // Correction: #3 was +150,000, not +100,000. #3 1,299,999.50 → 1,449,999.50; #4 → 1,399,999.50
    const corrected = await correct(p.id, 3, { capitalDelta: "150.000" });
    expect(corrected).toMatchObject({ number: 3, version: 2, capitalBefore: "1299999.50", capitalAfter: "1449999.50", currentCapital: "1399999.50" });
    expect(await chain(p.id)).toEqual([
      [1, "1000000.00", "1500000.00"],
      [2, "1500000.00", "1299999.50"],
      [3, "1299999.50", "1449999.50"],
      [4, "1449999.50", "1399999.50"],
    ]);

    // Correction of a date: #2 was signed on 01/10/2024. It now comes last.
    // #1 → 1,500,000; #3 1,500,000 → 1,650,000; #4 → 1,600,000; #2 1,600,000 → 1,399,999.50 (same total)
    await correct(p.id, 2, { amendedOn: "01/10/2024" });
    expect(await chain(p.id)).toEqual([
      [1, "1000000.00", "1500000.00"],
      [3, "1500000.00", "1650000.00"],
      [4, "1650000.00", "1600000.00"],
      [2, "1600000.00", "1399999.50"],
    ]);
    expect(await current(p.id)).toBe("1399999.50");

    // The correction kept its trail: correctedAt, a new version, one CORRECT event with before/after.
    const three = await db.amendment.findUniqueOrThrow({ where: { projectId_number: { projectId: p.id, number: 3 } } });
    expect(three.correctedAt).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Amendment", entityId: String(three.id), action: "CORRECT" } });
    expect(event.changes).toMatchObject({
      capitalDelta: { from: "100000.00", to: "150000.00" },
      capitalAfter: { from: "1399999.50", to: "1449999.50" },
      currentCapital: { from: "1349999.50", to: "1399999.50" },
    });

    // The detail page reads the same chain, in ledger order.
    const detail = await getProject(staff, p.id);
    expect(detail?.currentCapital).toBe("1399999.50");
    expect(detail?.amendments.map((a) => [a.number, a.capitalBefore, a.capitalAfter])).toEqual(await chain(p.id));
    // … and the browser's preview walks it the same way.
    const walked = walkChain(detail?.initialCapital ?? "", detail?.amendments ?? []);
    expect(walked.currentCapital).toBe("1399999.50");
    expect(walked.rows.map((r) => [r.number, r.capitalBefore, r.capitalAfter])).toEqual(await chain(p.id));
  });

  it("refuses a decrease below zero and writes nothing; down to exactly zero is allowed", async () => {
    const p = await makeProject(staff, { initialCapital: "100" });
    const audits = await db.auditEvent.count();
    expect(await failure(amend(staff, p.id, { amendedOn: "01/02/2024", capitalDelta: "-100,01" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { capitalDelta: [{ key: "projects.errors.capitalBelowZero", values: { number: 1, date: "01/02/2024" } }] },
    });
    expect(await db.amendment.count({ where: { projectId: p.id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(audits);
    expect(await current(p.id)).toBe("100.00");
    await amend(staff, p.id, { amendedOn: "01/02/2024", capitalDelta: "-100" });
    expect(await current(p.id)).toBe("0.00");
  });

  it("refuses a correction or a new initial capital that would take a later amendment below zero", async () => {
    const p = await makeProject(staff, { initialCapital: "1.000" });
    await amend(staff, p.id, { number: "1", amendedOn: "01/02/2024", capitalDelta: "500" }); // 1,000 → 1,500
    await amend(staff, p.id, { number: "2", amendedOn: "01/05/2024", capitalDelta: "-1.200" }); // 1,500 → 300
    // #1 corrected to +100: #2 would go 1,100 → −100.
    expect(await failure(correct(p.id, 1, { capitalDelta: "100" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { capitalDelta: [{ key: "projects.errors.capitalBelowZero", values: { number: 2, date: "01/05/2024" } }] },
    });
    // An initial capital of 600: #2 would go 1,100 → −100.
    const row = await db.project.findUniqueOrThrow({ where: { id: p.id }, include: { investors: true } });
    const edit = updateProjectSchema.parse({
      ...projectForm(row.leadInvestorId, { code: row.code, ircNumber: row.ircNumber, name: row.name, initialCapital: "600" }),
      id: String(p.id),
      version: String(row.version),
    });
    expect(await failure(updateProject(staff, edit))).toEqual({
      code: "VALIDATION",
      fieldErrors: { initialCapital: [{ key: "projects.errors.capitalBelowZero", values: { number: 2, date: "01/05/2024" } }] },
    });
    expect(await chain(p.id)).toEqual([
      [1, "1000.00", "1500.00"],
      [2, "1500.00", "300.00"],
    ]);
    // An initial capital of 800 is fine: 800 → 1,300 → 100.
    await updateProject(staff, { ...edit, initialCapital: "800" });
    expect(await chain(p.id)).toEqual([
      [1, "800.00", "1300.00"],
      [2, "1300.00", "100.00"],
    ]);
    expect(await current(p.id)).toBe("100.00");
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Project", entityId: String(p.id), action: "UPDATE" } });
    expect(event.changes).toEqual({
      initialCapital: { from: "1000.00", to: "800.00" },
      currentCapital: { from: "300.00", to: "100.00" },
    });
  });

  it("refuses an amendment dated before the IRC's first issue; the issue day itself is fine", async () => {
    const p = await makeProject(staff, { ircFirstIssuedOn: "10/05/2023" });
    expect(await failure(amend(staff, p.id, { amendedOn: "09/05/2023", capitalDelta: "1" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { amendedOn: [{ key: "projects.errors.amendmentBeforeIrc", values: { date: "10/05/2023" } }] },
    });
    await amend(staff, p.id, { amendedOn: "10/05/2023", capitalDelta: "1" });
    // Nor may the IRC date move after an amendment.
    const row = await db.project.findUniqueOrThrow({ where: { id: p.id } });
    const edit = updateProjectSchema.parse({
      ...projectForm(row.leadInvestorId, { code: row.code, ircNumber: row.ircNumber, name: row.name, ircFirstIssuedOn: "11/05/2023" }),
      id: String(p.id),
      version: String(row.version),
    });
    expect(await failure(updateProject(staff, edit))).toEqual({
      code: "VALIDATION",
      fieldErrors: { ircFirstIssuedOn: [{ key: "projects.errors.ircAfterAmendment", values: { number: 1, date: "10/05/2023" } }] },
    });
  });

  it("keeps amendment numbers unique per project with a field message; other projects may reuse them", async () => {
    const p = await makeProject(staff);
    const q = await makeProject(staff);
    await amend(staff, p.id, { number: "1", amendedOn: "01/02/2024", capitalDelta: "10" });
    expect(await failure(amend(staff, p.id, { number: "1", amendedOn: "01/03/2024", capitalDelta: "20" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { number: [{ key: "projects.errors.amendmentNumberTaken", values: { number: 1 } }] },
    });
    await amend(staff, q.id, { number: "1", amendedOn: "01/02/2024", capitalDelta: "10" });
    // Empty number: the next one after the highest.
    expect((await amend(staff, p.id, { amendedOn: "01/03/2024", capitalDelta: "20" })).number).toBe(2);
  });

  it("50 concurrent amendments to one project leave the sum exact and the numbers unique", async () => {
    const p = await makeProject(staff, { initialCapital: "1.000.000,00" });
    // Even i: +i × 1,000.01; odd i: −i × 100.
    // Σ even (2..50) = 650 → +650,006.50; Σ odd (1..49) = 625 → −62,500; total +587,506.50.
    const deltas = Array.from({ length: 50 }, (_, k) => {
      const i = k + 1;
      return i % 2 === 0 ? `${(i * 1000.01).toFixed(2).replace(".", ",")}` : `-${i * 100}`;
    });
    const results = await Promise.allSettled(deltas.map((d, k) => amend(staff, p.id, { amendedOn: `${String((k % 28) + 1).padStart(2, "0")}/02/2024`, capitalDelta: d })));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await current(p.id)).toBe("1587506.50");
    const rows = await db.amendment.findMany({ where: { projectId: p.id }, orderBy: [{ amendedOn: "asc" }, { number: "asc" }, { id: "asc" }] });
    expect(rows.map((r) => r.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, k) => k + 1));
    // The stored chain is continuous: each before is the previous after; the last after is current.
    let capital = "1000000.00";
    for (const r of rows) {
      expect(r.capitalBefore.toFixed(2)).toBe(capital);
      expect(r.capitalAfter.minus(r.capitalBefore).toFixed(2)).toBe(r.capitalDelta.toFixed(2));
      capital = r.capitalAfter.toFixed(2);
    }
    expect(capital).toBe("1587506.50");
    expect(await db.auditEvent.count({ where: { entity: "Amendment", entityId: { in: rows.map((r) => String(r.id)) } } })).toBe(50);
  });
});

describe("the current capital in USD", () => {
  it("converts a VND project with today's rate by the board's convention and names the rate", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    await db.setting.upsert({ where: { key: "rateSource" }, create: { key: "rateSource", value: "SBV_CENTRAL" }, update: { value: "SBV_CENTRAL" } });
    await db.exchangeRate.createMany({
      data: [
        { effectiveOn: day("2025-01-01"), rate: "24000", source: "SBV_CENTRAL" },
        { effectiveOn: day("2026-01-01"), rate: "25450", source: "SBV_CENTRAL" }, // the one in force today
        { effectiveOn: day("2099-01-01"), rate: "99999", source: "SBV_CENTRAL" }, // not yet in force
        { effectiveOn: day("2026-01-01"), rate: "26000", source: "PLAN_YEAR" }, // another convention
      ],
    });
    const p = await makeProject(staff, { type: "DDI", currency: "VND", initialCapital: "1.000.000.000" }, "VN");
    let detail = await getProject(staff, p.id);
    // 1,000,000,000 ÷ 25,450 = 39,292.7308… → 39,292.73
    expect(detail?.converted).toEqual({
      usd: "39292.73",
      rate: { id: expect.any(Number), rate: "25450", effectiveOn: day("2026-01-01"), source: "SBV_CENTRAL" },
    });
    // +250,000,000 → 1,250,000,000 ÷ 25,450 = 49,115.9135… → 49,115.91
    await amend(staff, p.id, { amendedOn: "01/03/2025", capitalDelta: "250.000.000" });
    detail = await getProject(staff, p.id);
    expect(detail?.currentCapital).toBe("1250000000.00");
    expect(detail?.converted.usd).toBe("49115.91");
    // A USD project needs no rate.
    const usd = await makeProject(staff, { initialCapital: "2.500.000,5" });
    expect((await getProject(staff, usd.id))?.converted).toEqual({ usd: "2500000.50", rate: null });
  });
});
