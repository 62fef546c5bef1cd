import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { archiveProject } from "@/lib/projects/archive-project";
import { makeProject } from "@/lib/projects/test-fixtures";
import { makeUser } from "@/lib/testing/factories";
import { checkZoneCapacity } from "./check-capacity";
import { createZone } from "./create-zone";
import { checkCapacitySchema, createZoneSchema, updateZoneSchema, zoneWarnings } from "./schemas";
import { makeZone, nextCode, zoneForm } from "./test-fixtures";
import { updateZone } from "./update-zone";

let staff: CurrentUser;
let manager: CurrentUser;
beforeAll(async () => {
  [staff, manager] = [await makeUser("STAFF"), await makeUser("MANAGER")];
});


const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof AppError ? { code: e.code, fieldErrors: e.fieldErrors } : { code: "THROWN", message: String(e) }),
  );

/** The field messages a form submit would show, or null when the schema accepts it. */
function fieldErrorsOf(schema: typeof createZoneSchema | typeof updateZoneSchema, form: Record<string, unknown>) {
  const parsed = schema.safeParse(form);
  return parsed.success ? null : toFieldErrors(parsed.error);
}

async function editForm(id: number, overrides: Record<string, unknown> = {}) {
  const z = await db.zone.findUniqueOrThrow({ where: { id } });
  const d = (x: Date | null) => (x ? `${x.toISOString().slice(8, 10)}/${x.toISOString().slice(5, 7)}/${x.toISOString().slice(0, 4)}` : "");
  return {
    code: z.code,
    name: z.name,
    kind: z.kind,
    district: z.district,
    status: z.status,
    inPlan2030: String(z.inPlan2030),
    priorityFromYear: z.priorityFromYear === null ? "" : String(z.priorityFromYear),
    priorityToYear: z.priorityToYear === null ? "" : String(z.priorityToYear),
    establishingDecisionNo: z.establishingDecisionNo ?? "",
    establishingDecisionDate: d(z.establishingDecisionDate),
    infrastructureInvestor: z.infrastructureInvestor ?? "",
    totalAreaHa: z.totalAreaHa.toString().replace(".", ","),
    leasableAreaHa: z.leasableAreaHa.toString().replace(".", ","),
    constructionPlanApproved: String(z.constructionPlanApproved),
    infrastructureStatus: z.infrastructureStatus,
    id: String(id),
    version: String(z.version),
    ...overrides,
  };
}

describe("creating a zone", () => {
  it("stores every field as typed the Vietnamese way, with one audit event listing every field from null", async () => {
    const code = nextCode("CCN");
    const input = createZoneSchema.parse(
      zoneForm({
        code,
        name: "CCN Sơn Khê 1",
        kind: "CCN",
        district: "Huyện Sơn Khê",
        priorityFromYear: "2022",
        priorityToYear: "2025",
        infrastructureInvestor: "Công ty CP Hạ tầng Sơn Khê",
        totalAreaHa: "48,75",
        leasableAreaHa: "36,5",
        constructionPlanApproved: "true",
        infrastructureStatus: "UNDER_CONSTRUCTION",
      }),
    );
    const result = await createZone(staff, input);
    expect(result).toMatchObject({ version: 1, warnings: {} });
    const z = await db.zone.findUniqueOrThrow({ where: { id: result.id } });
    expect(z).toMatchObject({
      code,
      kind: "CCN",
      status: "PLANNED",
      inPlan2030: true,
      priorityFromYear: 2022,
      priorityToYear: 2025,
      establishingDecisionNo: null,
      constructionPlanApproved: true,
      infrastructureStatus: "UNDER_CONSTRUCTION",
    });
    expect(z.totalAreaHa.toString()).toBe("48.75");
    expect(z.leasableAreaHa.toString()).toBe("36.5");
    const audit = await db.auditEvent.findMany({ where: { entity: "Zone", entityId: String(result.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "CREATE", actorId: staff.id });
    expect(audit[0]?.changes).toMatchObject({
      code: { from: null, to: code },
      totalAreaHa: { from: null, to: "48.75" },
      leasableAreaHa: { from: null, to: "36.5" },
      priorityFromYear: { from: null, to: 2022 },
      inPlan2030: { from: null, to: true },
    });
  });

  it("refuses a code already used, with a friendly field message, and writes nothing", async () => {
    const first = await makeZone(staff);
    const { code } = await db.zone.findUniqueOrThrow({ where: { id: first.id } });
    const before = await db.zone.count();
    expect(await failure(createZone(staff, createZoneSchema.parse(zoneForm({ code }))))).toEqual({
      code: "VALIDATION",
      fieldErrors: { code: [{ key: "zones.errors.codeTaken" }] },
    });
    expect(await db.zone.count()).toBe(before);
  });

  it("gives each bad input a field message (never a thrown internal error)", () => {
    const cases: [Record<string, unknown>, Record<string, { key: string }[]>][] = [
      [{ totalAreaHa: "-5" }, { totalAreaHa: [{ key: "projects.errors.amountNegative" }] }],
      [{ leasableAreaHa: "-1" }, { leasableAreaHa: [{ key: "projects.errors.amountNegative" }] }],
      [{ totalAreaHa: "100", leasableAreaHa: "100,5" }, { leasableAreaHa: [{ key: "zones.errors.leasableOverTotal" }] }],
      [{ totalAreaHa: "0", leasableAreaHa: "0" }, { totalAreaHa: [{ key: "zones.errors.totalAreaZero" }] }],
      [{ totalAreaHa: "abc" }, { totalAreaHa: [{ key: "projects.errors.amountInvalid" }] }],
      [{ totalAreaHa: "" }, { totalAreaHa: [{ key: "required" }] }],
      [{ totalAreaHa: "1,23456" }, { totalAreaHa: [{ key: "projects.errors.decimals4" }] }],
      [{ status: "ESTABLISHED" }, { establishingDecisionNo: [{ key: "zones.errors.decisionRequired" }], establishingDecisionDate: [{ key: "zones.errors.decisionRequired" }] }],
      [{ status: "OPERATING", establishingDecisionNo: "123/QĐ-TTg" }, { establishingDecisionDate: [{ key: "zones.errors.decisionRequired" }] }],
      [{ establishingDecisionDate: "31/02/2020" }, { establishingDecisionDate: [{ key: "projects.errors.dateInvalid" }] }],
      [{ establishingDecisionDate: "01/01/2099" }, { establishingDecisionDate: [{ key: "projects.errors.dateInFuture" }] }],
      [{ priorityFromYear: "2025", priorityToYear: "2022" }, { priorityToYear: [{ key: "zones.errors.periodReversed" }] }],
      [{ priorityFromYear: "2025" }, { priorityToYear: [{ key: "zones.errors.periodIncomplete" }] }],
      [{ priorityFromYear: "25" }, { priorityFromYear: [{ key: "zones.errors.yearInvalid" }] }],
      [{ kind: "KHU" }, { kind: [{ key: "invalid" }] }],
      [{ code: "" }, { code: [{ key: "required" }] }],
      [{ name: "a\u0000b" }, { name: [{ key: "projects.errors.controlCharacters" }] }],
      [{ totalAreaHa: ["1"] }, { totalAreaHa: [{ key: "invalid" }] }],
    ];
    for (const [overrides, expected] of cases) expect(fieldErrorsOf(createZoneSchema, zoneForm(overrides)), JSON.stringify(overrides)).toEqual(expected);
  });

  it("reads areas typed the English way when the form is in English", () => {
    const input = createZoneSchema.parse(zoneForm({ locale: "en", totalAreaHa: "1,250.5", leasableAreaHa: "900.25" }));
    expect(input).toMatchObject({ totalAreaHa: "1250.5", leasableAreaHa: "900.25" });
  });
});

describe("the CCN size warning (5–75 ha; below 10 ha only in a mountain district)", () => {
  it("saves a CCN of 4 ha or 80 ha with a warning, not an error", async () => {
    const small = await createZone(staff, createZoneSchema.parse(zoneForm({ kind: "CCN", totalAreaHa: "4", leasableAreaHa: "3" })));
    expect(small.warnings).toEqual({ totalAreaHa: [{ key: "zones.warnings.ccnTooSmall", values: { min: 5, usualMin: 10, max: 75 } }] });
    const large = await createZone(staff, createZoneSchema.parse(zoneForm({ kind: "CCN", totalAreaHa: "80", leasableAreaHa: "60" })));
    expect(large.warnings).toEqual({ totalAreaHa: [{ key: "zones.warnings.ccnTooLarge", values: { min: 5, usualMin: 10, max: 75 } }] });
    expect(await db.zone.count({ where: { id: { in: [small.id, large.id] } } })).toBe(2);
  });

  it("still refuses a CCN whose leasable land is over its total", () => {
    expect(fieldErrorsOf(createZoneSchema, zoneForm({ kind: "CCN", totalAreaHa: "80", leasableAreaHa: "81" }))).toEqual({
      leasableAreaHa: [{ key: "zones.errors.leasableOverTotal" }],
    });
  });

  it("warns at the edges as the decree reads them, and never for a KCN", () => {
    const keys = (kind: string, totalAreaHa: string) => zoneWarnings({ kind, totalAreaHa }).totalAreaHa?.map((w) => w.key) ?? [];
    expect(keys("CCN", "4.9999")).toEqual(["zones.warnings.ccnTooSmall"]);
    expect(keys("CCN", "5")).toEqual(["zones.warnings.ccnMountainOnly"]);
    expect(keys("CCN", "9.99")).toEqual(["zones.warnings.ccnMountainOnly"]);
    expect(keys("CCN", "10")).toEqual([]);
    expect(keys("CCN", "75")).toEqual([]);
    expect(keys("CCN", "75.0001")).toEqual(["zones.warnings.ccnTooLarge"]);
    expect(keys("KCN", "4")).toEqual([]);
    expect(keys("KCN", "900")).toEqual([]);
  });
});

describe("editing a zone", () => {
  it("saves the changed fields with a new version and a field-level audit event; an unchanged save writes nothing", async () => {
    const { id } = await makeZone(staff);
    const saved = await updateZone(staff, updateZoneSchema.parse(await editForm(id, { name: "KCN Đổi tên", leasableAreaHa: "200" })));
    expect(saved.version).toBe(2);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "Zone", entityId: String(id), action: "UPDATE" } });
    expect(audit.changes).toEqual({
      name: { from: expect.any(String), to: "KCN Đổi tên" },
      leasableAreaHa: { from: "210.5", to: "200" },
    });
    const again = await updateZone(staff, updateZoneSchema.parse(await editForm(id)));
    expect(again.version).toBe(2);
    expect(await db.auditEvent.count({ where: { entity: "Zone", entityId: String(id) } })).toBe(2);
  });

  it("refuses a stale version with CONFLICT and changes nothing", async () => {
    const { id } = await makeZone(staff);
    const stale = await editForm(id, { name: "Bản cũ" });
    await updateZone(manager, updateZoneSchema.parse(await editForm(id, { name: "Bản mới" })));
    expect(await failure(updateZone(staff, updateZoneSchema.parse(stale)))).toEqual({ code: "CONFLICT", fieldErrors: undefined });
    expect((await db.zone.findUniqueOrThrow({ where: { id } })).name).toBe("Bản mới");
  });

  it("refuses another zone's code, and an unknown or archived zone is NOT_FOUND", async () => {
    const a = await makeZone(staff);
    const b = await makeZone(staff);
    const codeOfB = (await db.zone.findUniqueOrThrow({ where: { id: b.id } })).code;
    expect(await failure(updateZone(staff, updateZoneSchema.parse(await editForm(a.id, { code: codeOfB }))))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { code: [{ key: "zones.errors.codeTaken" }] },
    });
    const form = await editForm(a.id);
    expect(await failure(updateZone(staff, updateZoneSchema.parse({ ...form, id: "999999" })))).toMatchObject({ code: "NOT_FOUND" });
    await db.zone.update({ where: { id: a.id }, data: { archivedAt: new Date() } });
    expect(await failure(updateZone(staff, updateZoneSchema.parse(form)))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("status decisions: ESTABLISHED and OPERATING need zones:decide", () => {
  const decision = { establishingDecisionNo: "1234/QĐ-UBND", establishingDecisionDate: "15/03/2024" };

  it("refuses STAFF creating an ESTABLISHED or OPERATING zone (FORBIDDEN, nothing written); a MANAGER may", async () => {
    const before = [await db.zone.count(), await db.auditEvent.count()];
    for (const status of ["ESTABLISHED", "OPERATING"]) {
      expect(await failure(createZone(staff, createZoneSchema.parse(zoneForm({ status, ...decision }))))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect([await db.zone.count(), await db.auditEvent.count()]).toEqual(before);
    const made = await createZone(manager, createZoneSchema.parse(zoneForm({ status: "OPERATING", ...decision })));
    expect((await db.zone.findUniqueOrThrow({ where: { id: made.id } })).status).toBe("OPERATING");
  });

  it("refuses STAFF setting a planned zone ESTABLISHED or OPERATING, and nothing changes; a MANAGER sets it with the decision", async () => {
    const { id } = await makeZone(staff);
    for (const status of ["ESTABLISHED", "OPERATING"]) {
      const before = await db.zone.findUniqueOrThrow({ where: { id } });
      const audits = await db.auditEvent.count();
      expect(await failure(updateZone(staff, updateZoneSchema.parse(await editForm(id, { status, name: "Lén đổi", ...decision }))))).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await db.zone.findUniqueOrThrow({ where: { id } })).toEqual(before);
      expect(await db.auditEvent.count()).toBe(audits);
    }
    const done = await updateZone(manager, updateZoneSchema.parse(await editForm(id, { status: "ESTABLISHED", ...decision })));
    expect(done.version).toBe(2);
    const z = await db.zone.findUniqueOrThrow({ where: { id } });
    expect(z).toMatchObject({ status: "ESTABLISHED", establishingDecisionNo: "1234/QĐ-UBND" });
    expect(z.establishingDecisionDate?.toISOString().slice(0, 10)).toBe("2024-03-15");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "Zone", entityId: String(id), action: "UPDATE" } });
    expect(audit.changes).toMatchObject({ status: { from: "PLANNED", to: "ESTABLISHED" }, establishingDecisionDate: { from: null, to: "2024-03-15" } });
  });

  it("lets STAFF edit other fields of an established zone, but not undo or advance its status", async () => {
    const { id } = await createZone(manager, createZoneSchema.parse(zoneForm({ status: "ESTABLISHED", ...decision })));
    const saved = await updateZone(staff, updateZoneSchema.parse(await editForm(id, { infrastructureStatus: "UNDER_CONSTRUCTION", name: "Tên mới" })));
    expect(saved.version).toBe(2);
    for (const status of ["PLANNED", "OPERATING"]) {
      expect(await failure(updateZone(staff, updateZoneSchema.parse(await editForm(id, { status }))))).toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await db.zone.findUniqueOrThrow({ where: { id } })).status).toBe("ESTABLISHED");
    await updateZone(manager, updateZoneSchema.parse(await editForm(id, { status: "OPERATING" })));
    expect((await db.zone.findUniqueOrThrow({ where: { id } })).status).toBe("OPERATING");
  });
});

describe("checkZoneCapacity: what a project's land would do to its zone", () => {
  it("sums the zone's other secondary ACTIVE/EXTENDED live projects, numbers computed by hand", async () => {
    const zone = await makeZone(staff, { totalAreaHa: "120", leasableAreaHa: "100" });
    const other = await makeZone(staff);
    const decided = { statusDecisionNo: "01/QĐ", statusDecisionOn: "01/06/2024" };
    const z = String(zone.id);
    const p1 = await makeProject(staff, { zoneId: z, landAreaHa: "30,5" }); // ACTIVE: counts
    await makeProject(staff, { zoneId: z, landAreaHa: "20", status: "EXTENDED", ...decided }); // counts
    await makeProject(staff, { zoneId: z, landAreaHa: "7", status: "SUSPENDED", ...decided }); // not leasing
    await makeProject(staff, { zoneId: z, landAreaHa: "11", status: "TERMINATED", ...decided }); // freed
    await makeProject(staff, { zoneId: z, landAreaHa: "13", status: "REVOKED", ...decided }); // freed
    await makeProject(staff, { zoneId: z, landAreaHa: "40", isSecondary: "false" }); // the infrastructure project
    const archived = await makeProject(staff, { zoneId: z, landAreaHa: "9" });
    await archiveProject(staff, { id: archived.id, version: 1 });
    await makeProject(staff, { zoneId: String(other.id), landAreaHa: "99" }); // another zone
    await makeProject(staff, { landAreaHa: "5" }); // outside every zone

    // Others: 30.5 + 20 = 50.5; with 45 more: 95.5 of 100 → 0.955, not over.
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "45" })).toEqual({
      leasable: "100",
      leasedOthers: "50.5",
      after: "95.5",
      occupancyAfter: "0.955",
      overFull: false,
    });
    // Exactly full is not over: 50.5 + 49.5 = 100.
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "49.5" })).toMatchObject({ after: "100", occupancyAfter: "1", overFull: false });
    // 50.5 + 49.5001 = 100.0001 → over.
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "49.5001" })).toMatchObject({ after: "100.0001", overFull: true });
    // Editing p1 (30.5 ha stored): its own land is not counted twice. Others 20; with 85 → 105 → 1.05, over.
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "85", projectId: p1.id })).toEqual({
      leasable: "100",
      leasedOthers: "20",
      after: "105",
      occupancyAfter: "1.05",
      overFull: true,
    });
  });

  it("gives no ratio (never a division error) for a zone without leasable land; any land there is over", async () => {
    const zone = await makeZone(staff, { totalAreaHa: "50", leasableAreaHa: "0" });
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "0" })).toEqual({
      leasable: "0",
      leasedOthers: "0",
      after: "0",
      occupancyAfter: null,
      overFull: false,
    });
    expect(await checkZoneCapacity(staff, { zoneId: zone.id, landAreaHa: "1" })).toMatchObject({ occupancyAfter: null, overFull: true });
  });

  it("answers NOT_FOUND for an unknown zone, and its schema reads the land the form's way", async () => {
    expect(await failure(checkZoneCapacity(staff, { zoneId: 999999, landAreaHa: "1" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(checkCapacitySchema.parse({ zoneId: "3", landAreaHa: "1.234,5", projectId: "" })).toEqual({ zoneId: 3, landAreaHa: "1234.5", projectId: null });
    expect(checkCapacitySchema.parse({ zoneId: "3", landAreaHa: "" })).toMatchObject({ landAreaHa: "0" });
    expect(checkCapacitySchema.safeParse({ zoneId: "3", landAreaHa: "-2" }).success).toBe(false);
  });
});
