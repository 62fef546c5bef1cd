import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { archiveProject } from "@/lib/projects/archive-project";
import { makeInvestor, makeProject } from "@/lib/projects/test-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { createInvestor } from "./create-investor";
import { getInvestor } from "./get-investor";
import { createInvestorSchema, updateInvestorSchema } from "./schemas";
import { suggestInvestors } from "./suggest-investors";
import { updateInvestor } from "./update-investor";

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

describe("investors", () => {
  it("creates an investor with one audit event; the same identifier in one country is refused", async () => {
    const input = createInvestorSchema.parse({ name: "  Samsung Electronics Việt Nam  ", kind: "ORGANIZATION", country: "kr", identifier: "2300325764" });
    expect(input).toEqual({ name: "Samsung Electronics Việt Nam", kind: "ORGANIZATION", country: "KR", identifier: "2300325764" });
    const before = await db.auditEvent.count();
    const investor = await createInvestor(staff, input);
    expect(await db.auditEvent.count()).toBe(before + 1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "Investor", entityId: String(investor.id) } });
    expect(event).toMatchObject({ action: "CREATE", actorId: staff.id });
    expect(event.changes).toEqual({
      name: { from: null, to: "Samsung Electronics Việt Nam" },
      kind: { from: null, to: "ORGANIZATION" },
      country: { from: null, to: "KR" },
      identifier: { from: null, to: "2300325764" },
    });
    expect(await failure(createInvestor(staff, { ...input, name: "Khác" }))).toEqual({
      code: "VALIDATION",
      fieldErrors: { identifier: [{ key: "investors.errors.identifierTaken" }] },
    });
    // Without an identifier there is nothing to collide on; in another country the number is free.
    await createInvestor(staff, { ...input, identifier: null });
    await createInvestor(staff, { ...input, identifier: null });
    await createInvestor(staff, { ...input, country: "JP" });
  });

  it("validates the form: country ISO alpha-2 that exists, sizes, HTML kept as text", () => {
    const bad = createInvestorSchema.safeParse({ name: "x".repeat(501), kind: "ROBOT", country: "XY", identifier: "1".repeat(51) });
    expect(toFieldErrors(bad.error!)).toEqual({
      name: [{ key: "tooLong", values: { max: 500 } }],
      kind: [{ key: "invalid" }],
      country: [{ key: "investors.errors.countryInvalid" }],
      identifier: [{ key: "tooLong", values: { max: 50 } }],
    });
    expect(createInvestorSchema.parse({ name: "<b>A</b>", kind: "INDIVIDUAL", country: "VN", identifier: "" })).toEqual({
      name: "<b>A</b>",
      kind: "INDIVIDUAL",
      country: "VN",
      identifier: null,
    });
    expect(toFieldErrors(createInvestorSchema.safeParse({}).error!)).toEqual({
      name: [{ key: "required" }],
      kind: [{ key: "required" }],
      country: [{ key: "required" }],
    });
  });

  it("stores HTML typed into the name and identifier as plain text", async () => {
    const created = await createInvestor(staff, createInvestorSchema.parse({ name: "<script>alert(1)</script> Công ty", kind: "ORGANIZATION", country: "VN", identifier: "<b>0101</b>" }));
    const row = await db.investor.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.name, row.identifier]).toEqual(["<script>alert(1)</script> Công ty", "<b>0101</b>"]);
  });

  it("edits on a version: a stale one is a conflict; a new country follows to the projects it leads", async () => {
    const p = await makeProject(staff);
    const leadId = p.leadInvestorId;
    const lead = await db.investor.findUniqueOrThrow({ where: { id: leadId } });
    const form = { name: lead.name, kind: lead.kind, country: "SG", identifier: lead.identifier ?? "", id: String(leadId), version: "1" };
    const saved = await updateInvestor(staff, updateInvestorSchema.parse(form));
    expect(saved.version).toBe(2);
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).originCountry).toBe("SG");
    expect(await failure(updateInvestor(staff, updateInvestorSchema.parse({ ...form, name: "Muộn" })))).toEqual({ code: "CONFLICT", fieldErrors: undefined });
    const events = await db.auditEvent.findMany({ where: { entity: "Investor", entityId: String(leadId) } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "UPDATE", changes: { country: { from: "KR", to: "SG" } }, meta: { originCountryCopiedTo: 1 } });
    // A renamed lead investor is found under its new name in the project's search text (trigger).
    await updateInvestor(staff, updateInvestorSchema.parse({ ...form, version: "2", name: "Tập đoàn Đổi Tên" }));
    expect((await db.project.findUniqueOrThrow({ where: { id: p.id } })).searchText).toContain("tap doan doi ten");
    expect((await failure(updateInvestor(staff, updateInvestorSchema.parse({ ...form, id: "999999" }))))?.code).toBe("NOT_FOUND");
  });

  it("shows an investor with the projects they lead or join; archived ones only to writers", async () => {
    const p = await makeProject(staff);
    const q = await makeProject(staff);
    await db.projectInvestor.create({ data: { projectId: q.id, investorId: p.leadInvestorId } });
    await archiveProject(staff, { id: q.id, version: 1 });
    const forStaff = await getInvestor(staff, p.leadInvestorId);
    expect(forStaff?.projects.map((x) => [x.id, x.isLead])).toEqual(
      expect.arrayContaining([
        [p.id, true],
        [q.id, false],
      ]),
    );
    expect(forStaff?.totalProjects).toBe(2);
    const forViewer = await getInvestor(viewer, p.leadInvestorId);
    expect(forViewer?.projects.map((x) => x.id)).toEqual([p.id]);
    expect(forViewer?.projects[0]?.currentCapital).toBe("1000000.00");
    expect(await getInvestor(viewer, 999_999)).toBeNull();
  });

  it("suggests investors as you type, ignoring accents and case, with LIKE wildcards taken literally", async () => {
    const hq = await makeInvestor({ name: "Công ty TNHH Điện tử Hàn Quốc", identifier: "0101234567" });
    await makeInvestor({ name: "Công ty 100% vốn nước ngoài ABC" });
    expect((await suggestInvestors(viewer, "dien tu han")).map((i) => i.id)).toContain(hq.id);
    expect((await suggestInvestors(viewer, "ĐIỆN TỬ")).map((i) => i.id)).toContain(hq.id);
    expect((await suggestInvestors(viewer, "0101234567")).map((i) => i.id)).toEqual([hq.id]);
    const percent = await suggestInvestors(viewer, "100%");
    expect(percent.map((i) => i.name)).toEqual(["Công ty 100% vốn nước ngoài ABC"]);
    expect(await suggestInvestors(viewer, "_")).toEqual([]);
    expect(await suggestInvestors(viewer, "   ")).toEqual([]);
    expect(await suggestInvestors(viewer, "'; DROP TABLE \"Investor\"; --")).toEqual([]);
    expect(await db.investor.count()).toBeGreaterThan(0);
  });

  it("leaves no investor and no audit row when the commit fails after the audit insert", async () => {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_investor() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.changes::text LIKE '%FAIL-AT-COMMIT%' THEN RAISE EXCEPTION 'forced failure after the audit insert'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE CONSTRAINT TRIGGER test_fail_investor AFTER INSERT ON "AuditEvent"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fail_investor()`);
    const before = [await db.investor.count(), await db.auditEvent.count()];
    await expect(createInvestor(staff, { name: "FAIL-AT-COMMIT", kind: "ORGANIZATION", country: "VN", identifier: null })).rejects.toThrow();
    expect([await db.investor.count(), await db.auditEvent.count()]).toEqual(before);
  });
});
