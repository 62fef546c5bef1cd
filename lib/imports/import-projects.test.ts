import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { makeZone } from "@/lib/projects/test-fixtures";
import { projectRow, projectsXlsx } from "./testing/project-sheet";
import { importFile, previewFile } from "./testing/run-import";

// Idempotence and update: the same file twice changes nothing; one edited cell updates one project.
describe("projects import", () => {
  it("creates projects with their lead investors, then re-imports the same file with nothing created or updated", async () => {
    const staff = await makeUser("STAFF");
    const zone = await makeZone();
    const shared = { leadInvestorName: `Công ty Chung ${Date.now()}`, leadInvestorCountry: "JP", leadInvestorIdentifier: `JP-${Date.now()}` };
    const rows = [projectRow({ zoneCode: zone.code }), projectRow(shared), projectRow({ ...shared, type: "FDI – đầu tư nước ngoài" })];
    const file = await projectsXlsx(rows);

    const first = await importFile(staff, "PROJECTS", "du-an.xlsx", file);
    expect(first.counts).toEqual({ create: rows.length, update: 0, skip: 0, error: 0 });
    const stored = await db.project.findMany({
      where: { code: { in: rows.map((r) => String(r.code)) } },
      include: { leadInvestor: true, investors: true, zone: true },
      orderBy: { id: "asc" },
    });
    expect(stored.map((p) => p.code)).toEqual(rows.map((r) => r.code));
    expect(stored[0]?.zone?.code).toBe(zone.code);
    expect(stored[0]?.initialCapital.toFixed(2)).toBe("1500000.50");
    expect(stored[0]?.currentCapital.toFixed(2)).toBe("1500000.50");
    expect(stored[0]?.ircFirstIssuedOn.toISOString().slice(0, 10)).toBe("2024-03-15");
    // Two rows name the same investor: created once, lead of both, and linked as lead.
    expect(stored[1]?.leadInvestorId).toBe(stored[2]?.leadInvestorId);
    expect(stored[1]?.originCountry).toBe("JP");
    expect(stored[1]?.investors).toEqual([expect.objectContaining({ investorId: stored[1]?.leadInvestorId, isLead: true })]);
    expect(await db.investor.count({ where: { identifier: shared.leadInvestorIdentifier } })).toBe(1);
    const creates = await db.auditEvent.count({ where: { entity: "Project", action: "CREATE", entityId: { in: stored.map((p) => String(p.id)) } } });
    expect(creates).toBe(rows.length);
    const importEvent = await db.auditEvent.findFirstOrThrow({ where: { action: "IMPORT", entityId: String(first.id) } });
    expect(importEvent.actorId).toBe(staff.id);
    expect(importEvent.meta).toMatchObject({ fileName: "du-an.xlsx", kind: "PROJECTS", create: rows.length, update: 0 });

    const second = await importFile(staff, "PROJECTS", "du-an.xlsx", file);
    expect(second.counts).toEqual({ create: 0, update: 0, skip: rows.length, error: 0 });
    const after = await db.project.findMany({ where: { id: { in: stored.map((p) => p.id) } }, orderBy: { id: "asc" } });
    expect(after.map((p) => p.version)).toEqual(stored.map((p) => p.version));
  });

  it("updates exactly the one project whose cell changed, with a field-level audit event", async () => {
    const staff = await makeUser("STAFF");
    const rows = [projectRow(), projectRow(), projectRow()];
    await importFile(staff, "PROJECTS", "a.xlsx", await projectsXlsx(rows));
    const edited = rows.map((r, i) => (i === 1 ? { ...r, name: "Tên mới sau khi sửa", initialCapital: 2_000_000 } : r));

    const result = await importFile(staff, "PROJECTS", "a-sua.xlsx", await projectsXlsx(edited));
    expect(result.counts).toEqual({ create: 0, update: 1, skip: 2, error: 0 });
    const project = await db.project.findUniqueOrThrow({ where: { code: String(rows[1]?.code) } });
    expect(project.name).toBe("Tên mới sau khi sửa");
    expect(project.currentCapital.toFixed(2)).toBe("2000000.00");
    expect(project.version).toBe(2);
    const events = await db.auditEvent.findMany({ where: { entity: "Project", entityId: String(project.id), action: "UPDATE" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorId).toBe(staff.id);
    expect(events[0]?.changes).toMatchObject({
      name: { from: rows[1]?.name, to: "Tên mới sau khi sửa" },
      initialCapital: { from: "1500000.50", to: "2000000.00" },
      currentCapital: { from: "1500000.50", to: "2000000.00" },
    });
    const untouched = await db.auditEvent.count({ where: { entity: "Project", action: "UPDATE", entityId: { not: String(project.id) } } });
    expect(untouched).toBe(0);
  });

  it("reads English headers, English labels and a CSV the same way", async () => {
    const staff = await makeUser("STAFF");
    const row = projectRow();
    const header = ["Project code", "IRC number", "First issued on", "Issuing agency", "Project name", "Type (FDI/DDI)", "Lead investor", "Investor country (ISO code)", "Investor tax/registration no.", "Secondary project", "VSIC code", "Currency", "Initial registered capital", "Status"];
    const values = [row.code, row.ircNumber, "2024-03-15", row.ircIssuingAgency, row.name, "FDI", row.leadInvestorName, "kr", row.leadInvestorIdentifier, "Yes", "C2610", "USD (US dollar)", "1.500.000,5", "Active"];
    const csv = `\uFEFF${header.join(",")}\n${values.map((v) => `"${String(v)}"`).join(",")}\n`;
    const { counts } = await previewFile(staff, "PROJECTS", "projects.csv", Buffer.from(csv));
    expect(counts).toEqual({ create: 1, update: 0, skip: 0, error: 0 });
    const again = await importFile(staff, "PROJECTS", "projects.csv", Buffer.from(csv));
    expect(again.counts.create).toBe(1);
    const p = await db.project.findUniqueOrThrow({ where: { code: String(row.code) } });
    expect(p.initialCapital.toFixed(2)).toBe("1500000.50");
    expect(p.originCountry).toBe("KR");
  });
});
