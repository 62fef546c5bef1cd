import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { archiveProject } from "./archive-project";
import { correctAmendment } from "./correct-amendment";
import { createProject } from "./create-project";
import { getProject } from "./get-project";
import { restoreProject } from "./restore-project";
import { addAmendmentSchema, correctAmendmentSchema, createProjectSchema, updateProjectSchema } from "./schemas";
import { amend, makeInvestor, makeProject, makeZone, projectForm } from "./test-fixtures";
import { updateProject } from "./update-project";

let staff: CurrentUser;
let other: CurrentUser;
let viewer: CurrentUser;
beforeAll(async () => {
  [staff, other, viewer] = [await makeUser("STAFF"), await makeUser("MANAGER"), await makeUser("VIEWER")];
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: "THROWN", message: String(e) }),
  );

async function editForm(id: number, overrides: Record<string, unknown> = {}) {
  const p = await db.project.findUniqueOrThrow({ where: { id }, include: { investors: true } });
  const d = (x: Date) => `${x.toISOString().slice(8, 10)}/${x.toISOString().slice(5, 7)}/${x.toISOString().slice(0, 4)}`;
  return {
    ...projectForm(p.leadInvestorId, {
      code: p.code,
      ircNumber: p.ircNumber,
      ircFirstIssuedOn: d(p.ircFirstIssuedOn),
      name: p.name,
      type: p.type,
      currency: p.currency,
      initialCapital: p.initialCapital.toFixed(2).replace(".", ","),
      otherInvestorIds: p.investors.filter((i) => !i.isLead).map((i) => i.investorId),
    }),
    id: String(id),
    version: String(p.version),
    ...overrides,
  };
}

describe("creating a project", () => {
  it("stores every field, derives the VSIC section and copies the lead investor's country, with one audit event", async () => {
    const lead = await makeInvestor({ country: "JP", name: "Công ty Nhật Bản A" });
    const partner = await makeInvestor({ country: "VN", name: "Công ty Việt Nam B" });
    const zone = await makeZone();
    const input = createProjectSchema.parse(
      projectForm(lead.id, {
        code: "DA-2026-TEST-1",
        otherInvestorIds: [partner.id, lead.id],
        zoneId: String(zone.id),
        vsicCode: "2930",
        initialCapital: "12.345.678,90",
        landAreaHa: "3,75",
        plannedJobs: "1.200",
        status: "SUSPENDED",
        statusDecisionNo: "123/QĐ-BQL",
        statusDecisionOn: "01/02/2025",
      }),
    );
    const before = await db.auditEvent.count();
    const { id } = await createProject(staff, input);
    const p = await db.project.findUniqueOrThrow({ where: { id }, include: { investors: { orderBy: { investorId: "asc" } } } });
    expect(p).toMatchObject({
      code: "DA-2026-TEST-1",
      vsicCode: "C2930",
      vsicSection: "C",
      originCountry: "JP",
      zoneId: zone.id,
      plannedJobs: 1200,
      status: "SUSPENDED",
      statusDecisionNo: "123/QĐ-BQL",
      createdById: staff.id,
      version: 1,
    });
    expect(p.initialCapital.toFixed(2)).toBe("12345678.90");
    expect(p.currentCapital.toFixed(2)).toBe("12345678.90");
    expect(p.landAreaHa.toString()).toBe("3.75");
    expect(p.investors.map((i) => [i.investorId, i.isLead])).toEqual([
      [lead.id, true],
      [partner.id, false],
    ]);
    expect(await db.auditEvent.count()).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Project", entityId: String(id) } });
    expect(event).toMatchObject({ action: "CREATE", actorId: staff.id, actorEmail: staff.email });
    expect(event.changes).toMatchObject({
      code: { from: null, to: "DA-2026-TEST-1" },
      initialCapital: { from: null, to: "12345678.90" },
      ircFirstIssuedOn: { from: null, to: "2023-05-10" },
      leadInvestor: { from: null, to: { id: lead.id, name: "Công ty Nhật Bản A" } },
      otherInvestors: { from: null, to: [{ id: partner.id, name: "Công ty Việt Nam B" }] },
      status: { from: null, to: "SUSPENDED" },
    });
  });

  it("says which of the code and the IRC number is taken", async () => {
    const first = await makeProject(staff);
    const row = await db.project.findUniqueOrThrow({ where: { id: first.id } });
    const lead = await makeInvestor();
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(lead.id, { code: row.code }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { code: [{ key: "projects.errors.codeTaken" }] },
    });
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(lead.id, { code: row.code, ircNumber: row.ircNumber }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { code: [{ key: "projects.errors.codeTaken" }], ircNumber: [{ key: "projects.errors.ircTaken" }] },
    });
    // Editing another project onto a taken IRC number.
    const second = await makeProject(staff);
    expect(await failure(updateProject(staff, updateProjectSchema.parse(await editForm(second.id, { ircNumber: row.ircNumber }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { ircNumber: [{ key: "projects.errors.ircTaken" }] },
    });
  });

  it("answers a field message, not an error, when two people register the same code at once", async () => {
    const lead = await makeInvestor();
    const form = projectForm(lead.id);
    const results = await Promise.all([1, 2, 3].map((n) => failure(createProject(staff, createProjectSchema.parse({ ...form, ircNumber: `RACE-${n}-${form.ircNumber}` })))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    for (const r of results.filter((x) => x !== null)) expect(r).toEqual({ code: "VALIDATION", fieldErrors: { code: [{ key: "projects.errors.codeTaken" }] } });
    expect(await db.project.count({ where: { code: String(form.code) } })).toBe(1);
  });

  it("requires a foreign lead investor for FDI and a Vietnamese one for DDI, unless the exception is stated", async () => {
    const vn = await makeInvestor({ country: "VN" });
    const kr = await makeInvestor({ country: "KR" });
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(vn.id, { type: "FDI" }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { leadInvestorId: [{ key: "projects.errors.fdiNeedsForeignInvestor" }] },
    });
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(kr.id, { type: "DDI", currency: "VND" }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { leadInvestorId: [{ key: "projects.errors.ddiNeedsDomesticInvestor" }] },
    });
    const note = "Tổ chức kinh tế có trên 50% vốn điều lệ do nhà đầu tư nước ngoài nắm giữ (Điều 23 Luật Đầu tư 2020)";
    const { id } = await createProject(staff, createProjectSchema.parse(projectForm(vn.id, { type: "FDI", investorException: note })));
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ originCountry: "VN", investorException: note });
  });

  it("refuses unknown investors and zones with field messages", async () => {
    const lead = await makeInvestor();
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(999_999, {}))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { leadInvestorId: [{ key: "projects.errors.investorNotFound" }] },
    });
    expect(await failure(createProject(staff, createProjectSchema.parse(projectForm(lead.id, { zoneId: "999999", otherInvestorIds: [999_998] }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { otherInvestorIds: [{ key: "projects.errors.investorNotFound" }], zoneId: [{ key: "projects.errors.zoneNotFound" }] },
    });
  });
});

describe("editing a project", () => {
  it("saves the changed fields with their before/after and a new version", async () => {
    const p = await makeProject(staff);
    const newLead = await makeInvestor({ country: "SG", name: "Pte Ltd Singapore" });
    const form = await editForm(p.id, { name: "Tên mới", leadInvestorId: String(newLead.id), status: "EXTENDED", statusDecisionNo: "45/QĐ", statusDecisionOn: "02/03/2025" });
    const saved = await updateProject(staff, updateProjectSchema.parse(form));
    expect(saved.version).toBe(2);
    const row = await db.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ name: "Tên mới", leadInvestorId: newLead.id, originCountry: "SG", status: "EXTENDED" });
    const events = await db.auditEvent.findMany({ where: { entity: "Project", entityId: String(p.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(Object.keys(events[1]?.changes ?? {}).sort()).toEqual(["leadInvestor", "name", "status", "statusDecisionNo", "statusDecisionOn"]);
    expect(events[1]?.changes).toMatchObject({
      leadInvestor: { from: { id: p.leadInvestorId }, to: { id: newLead.id, name: "Pte Ltd Singapore" } },
      status: { from: "ACTIVE", to: "EXTENDED" },
      statusDecisionOn: { from: null, to: "2025-03-02" },
    });
    // Saving the same form again changes nothing: no new version, no audit event.
    const again = await updateProject(staff, updateProjectSchema.parse({ ...form, version: "2" }));
    expect(again.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entity: "Project", entityId: String(p.id) } })).toBe(2);
  });

  it("refuses the second of two edits made on the same version, and the first one stands", async () => {
    const p = await makeProject(staff);
    const seenByA = updateProjectSchema.parse(await editForm(p.id, { name: "Sửa bởi A" }));
    const seenByB = updateProjectSchema.parse(await editForm(p.id, { name: "Sửa bởi B", plannedJobs: "999" }));
    await updateProject(staff, seenByA);
    expect(await failure(updateProject(other, seenByB))).toEqual({ code: "CONFLICT", fieldErrors: undefined });
    const row = await db.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ name: "Sửa bởi A", plannedJobs: 350, version: 2 });
    expect(await db.auditEvent.count({ where: { entity: "Project", entityId: String(p.id), action: "UPDATE" } })).toBe(1);
  });

  it("keeps the currency once amendments are recorded in it", async () => {
    const p = await makeProject(staff);
    await amend(staff, p.id, { amendedOn: "01/06/2024", capitalDelta: "1.000" });
    expect(await failure(updateProject(staff, updateProjectSchema.parse(await editForm(p.id, { currency: "VND" }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { currency: [{ key: "projects.errors.currencyLocked" }] },
    });
  });
});

describe("archive and restore", () => {
  it("archives instead of deleting, hides the project from readers, and restores it", async () => {
    const p = await makeProject(staff);
    await archiveProject(staff, { id: p.id, version: 1 });
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).archivedAt).not.toBeNull();
    expect(await getProject(viewer, p.id)).toBeNull(); // 404 for a reader
    expect((await getProject(staff, p.id))?.archivedAt).not.toBeNull(); // visible to who may restore it
    // An archived project is not edited or amended; a stale version is a conflict.
    expect((await failure(amend(staff, p.id, { amendedOn: "01/06/2024", capitalDelta: "1" })))?.code).toBe("NOT_FOUND");
    expect((await failure(archiveProject(staff, { id: p.id, version: 2 })))?.code).toBe("NOT_FOUND");
    expect((await failure(restoreProject(staff, { id: p.id, version: 1 })))?.code).toBe("CONFLICT");
    await restoreProject(staff, { id: p.id, version: 2 });
    expect(await getProject(viewer, p.id)).not.toBeNull();
    const events = await db.auditEvent.findMany({ where: { entity: "Project", entityId: String(p.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "ARCHIVE", "RESTORE"]);
    expect(events[2]?.changes).toMatchObject({ archivedAt: { from: expect.any(String), to: null } });
  });
});

describe("an amendment is reached only through its own project", () => {
  it("answers NOT_FOUND for an amendment id of another project and changes nothing", async () => {
    const a = await makeProject(staff);
    const b = await makeProject(staff);
    const ofB = await amend(staff, b.id, { amendedOn: "01/06/2024", capitalDelta: "1.000" });
    const input = correctAmendmentSchema.parse({
      projectId: String(a.id),
      amendmentId: String(ofB.id),
      version: "1",
      number: "1",
      amendedOn: "01/06/2024",
      capitalDelta: "9.000",
    });
    expect((await failure(correctAmendment(staff, input)))?.code).toBe("NOT_FOUND");
    expect((await db.amendment.findUniqueOrThrow({ where: { id: ofB.id } })).capitalDelta.toFixed(2)).toBe("1000.00");
    expect((await db.project.findUniqueOrThrow({ where: { id: b.id } })).currentCapital.toFixed(2)).toBe("1001000.00");
    // A stale correction is a conflict.
    const own = { ...input, projectId: b.id, capitalDelta: "2000" };
    await correctAmendment(staff, own);
    expect((await failure(correctAmendment(staff, { ...own, capitalDelta: "3000" })))?.code).toBe("CONFLICT");
    expect((await failure(getProject(staff, 999_999).then((r) => (r ? "found" : Promise.reject(new AppError("NOT_FOUND"))))))?.code).toBe("NOT_FOUND");
  });
});

describe("bad input gives a field message, never an internal error", () => {
  const errorsOf = (schema: typeof createProjectSchema | typeof addAmendmentSchema, input: Record<string, unknown>) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? null : toFieldErrors(parsed.error);
  };

  it("refuses a negative capital, a non-number, 30 digits, 31/02, a 10,000-character name", async () => {
    const lead = await makeInvestor();
    const errors = errorsOf(
      createProjectSchema,
      projectForm(lead.id, { initialCapital: "-5", landAreaHa: "abc", plannedJobs: "1".repeat(30), ircFirstIssuedOn: "31/02/2026", name: "x".repeat(10_000) }),
    );
    expect(errors).toEqual({
      initialCapital: [{ key: "projects.errors.amountNegative" }],
      landAreaHa: [{ key: "projects.errors.amountInvalid" }],
      plannedJobs: [{ key: "projects.errors.amountTooLarge" }],
      ircFirstIssuedOn: [{ key: "projects.errors.dateInvalid" }],
      name: [{ key: "tooLong", values: { max: 500 } }],
    });
    expect(errorsOf(createProjectSchema, projectForm(lead.id, { initialCapital: "1".repeat(30) }))).toEqual({
      initialCapital: [{ key: "projects.errors.amountTooLarge" }],
    });
    // 19 integer digits do not fit NUMERIC(20,2); 18 do.
    expect(errorsOf(createProjectSchema, projectForm(lead.id, { initialCapital: "1".repeat(19) }))).toEqual({
      initialCapital: [{ key: "projects.errors.amountTooLarge" }],
    });
    expect(errorsOf(createProjectSchema, projectForm(lead.id, { initialCapital: "9".repeat(18) }))).toBeNull();
    expect(errorsOf(createProjectSchema, projectForm(lead.id, { initialCapital: "1.000,123" }))).toEqual({
      initialCapital: [{ key: "projects.errors.decimals2" }],
    });
    expect(errorsOf(addAmendmentSchema, { projectId: "1", amendedOn: "31/02/2026", capitalDelta: "abc" })).toEqual({
      amendedOn: [{ key: "projects.errors.dateInvalid" }],
      capitalDelta: [{ key: "projects.errors.amountInvalid" }],
    });
    expect(errorsOf(addAmendmentSchema, { projectId: "1", amendedOn: "01/01/2024", capitalDelta: "1".repeat(30) })).toEqual({
      capitalDelta: [{ key: "projects.errors.amountTooLarge" }],
    });
  });

  it("asks for the decision of every status but ACTIVE, and names every wrong field at once", () => {
    const errors = errorsOf(createProjectSchema, { type: "XYZ", status: "REVOKED", initialCapital: "" });
    expect(errors).toMatchObject({
      code: [{ key: "required" }],
      type: [{ key: "invalid" }],
      leadInvestorId: [{ key: "required" }],
      initialCapital: [{ key: "required" }],
      statusDecisionNo: [{ key: "projects.errors.decisionRequired" }],
      statusDecisionOn: [{ key: "projects.errors.decisionRequired" }],
    });
  });

  it("stores HTML and script typed into every text field as plain text", async () => {
    const html = (field: string) => `<script>alert("${field}")</script><b>&amp;</b>`.slice(0, 50);
    const lead = await makeInvestor();
    const input = createProjectSchema.parse(
      projectForm(lead.id, {
        code: html("c"),
        ircNumber: html("i"),
        ircIssuingAgency: html("agency"),
        name: html("name"),
        investorException: html("exception"),
        status: "TERMINATED",
        statusDecisionNo: html("d"),
        statusDecisionOn: "01/02/2025",
      }),
    );
    const { id } = await createProject(staff, input);
    const row = await db.project.findUniqueOrThrow({ where: { id } });
    expect([row.code, row.ircNumber, row.ircIssuingAgency, row.name, row.investorException, row.statusDecisionNo]).toEqual([
      html("c"),
      html("i"),
      html("agency"),
      html("name"),
      html("exception"),
      html("d"),
    ]);
    await amend(staff, id, { amendedOn: "01/06/2024", capitalDelta: "0", otherChanges: "<img src=x onerror=alert(1)>" });
    expect((await getProject(staff, id))?.amendments[0]?.otherChanges).toBe("<img src=x onerror=alert(1)>");
    // A NUL character would break PostgreSQL: refused at the field.
    expect(errorsOf(createProjectSchema, projectForm(lead.id, { name: "a\u0000b" }))).toEqual({ name: [{ key: "projects.errors.controlCharacters" }] });
  });
});

describe("every write and its audit event commit together", () => {
  // A deferred trigger fails the transaction at COMMIT, i.e. after the audit row was inserted,
  // whenever an audit event mentions FAIL-AT-COMMIT.
  beforeAll(async () => {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.changes::text LIKE '%FAIL-AT-COMMIT%' THEN RAISE EXCEPTION 'forced failure after the audit insert'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE CONSTRAINT TRIGGER test_fail_at_commit AFTER INSERT ON "AuditEvent"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_at_commit()`);
  });

  async function counts(projectId?: number) {
    return {
      projects: await db.project.count(),
      amendments: await db.amendment.count(),
      audits: await db.auditEvent.count(),
      capital: projectId ? (await db.project.findUniqueOrThrow({ where: { id: projectId } })).currentCapital.toFixed(2) : null,
      name: projectId ? (await db.project.findUniqueOrThrow({ where: { id: projectId } })).name : null,
    };
  }

  it("leaves neither the project nor its audit row when the commit fails after the audit insert", async () => {
    const lead = await makeInvestor();
    const before = await counts();
    const error = await createProject(staff, createProjectSchema.parse(projectForm(lead.id, { name: "FAIL-AT-COMMIT" }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await counts()).toEqual(before);
  });

  it("does the same for an edit and an amendment", async () => {
    const p = await makeProject(staff);
    const before = await counts(p.id);
    await expect(updateProject(staff, updateProjectSchema.parse(await editForm(p.id, { name: "FAIL-AT-COMMIT" })))).rejects.toThrow();
    await expect(amend(staff, p.id, { amendedOn: "01/06/2024", capitalDelta: "5.000", otherChanges: "FAIL-AT-COMMIT" })).rejects.toThrow();
    expect(await counts(p.id)).toEqual(before);
    // …while a normal amendment writes exactly one event with field-level before/after.
    const ok = await amend(staff, p.id, { amendedOn: "01/06/2024", capitalDelta: "5.000", landAreaDeltaHa: "1,25", otherChanges: "Tăng vốn" });
    expect(await db.auditEvent.count()).toBe(before.audits + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Amendment", entityId: String(ok.id) } });
    expect(event.meta).toEqual({ projectId: p.id });
    expect(event.changes).toEqual({
      number: { from: null, to: 1 },
      amendedOn: { from: null, to: "2024-06-01" },
      capitalDelta: { from: null, to: "5000.00" },
      capitalBefore: { from: null, to: "1000000.00" },
      capitalAfter: { from: null, to: "1005000.00" },
      landAreaDeltaHa: { from: null, to: "1.25" },
      otherChanges: { from: null, to: "Tăng vốn" },
      currentCapital: { from: "1000000.00", to: "1005000.00" },
      landAreaHa: { from: "12.5", to: "13.75" },
    });
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).landAreaHa.toString()).toBe("13.75");
  });
});
