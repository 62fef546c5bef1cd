import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { listAudit } from "./list-audit";
import { writeAudit } from "./write-audit";

let staff: CurrentUser;
beforeAll(async () => {
  staff = await makeUser("STAFF");
});

describe("listAudit: the audit trail of one record", () => {
  it("lists the events of the named records only, newest first, with their actor and field changes", async () => {
    const at = (iso: string) => new Date(iso);
    await db.auditEvent.createMany({
      data: [
        { at: at("2026-01-01T01:00:00Z"), actorId: staff.id, actorEmail: staff.email, action: "CREATE", entity: "Project", entityId: "1", changes: { name: { from: null, to: "A" } } },
        { at: at("2026-01-02T01:00:00Z"), actorId: staff.id, actorEmail: staff.email, action: "UPDATE", entity: "Project", entityId: "1", changes: { name: { from: "A", to: "B" } } },
        { at: at("2026-01-03T01:00:00Z"), actorId: staff.id, actorEmail: staff.email, action: "CREATE", entity: "Amendment", entityId: "10", changes: { capitalDelta: { from: null, to: "5.00" } } },
        { at: at("2026-01-04T01:00:00Z"), actorId: null, actorEmail: "gone@test.local", action: "UPDATE", entity: "Project", entityId: "2", changes: { name: { from: "X", to: "Y" } } },
        { at: at("2026-01-05T01:00:00Z"), actorId: staff.id, actorEmail: staff.email, action: "CREATE", entity: "Investor", entityId: "1", changes: null as never },
      ],
    });
    const events = await listAudit(staff, [
      { entity: "Project", ids: [1] },
      { entity: "Amendment", ids: ["10"] },
    ]);
    expect(events.map((e) => [e.entity, e.entityId, e.action])).toEqual([
      ["Amendment", "10", "CREATE"],
      ["Project", "1", "UPDATE"],
      ["Project", "1", "CREATE"],
    ]);
    expect(events[1]).toMatchObject({ actor: { name: staff.name, email: staff.email }, changes: { name: { from: "A", to: "B" } } });
    expect(await listAudit(staff, [{ entity: "Project", ids: [2] }])).toMatchObject([{ actor: { name: null, email: "gone@test.local" } }]);
    expect(await listAudit(staff, [{ entity: "Investor", ids: [1] }])).toMatchObject([{ changes: {} }]);
    expect(await listAudit(staff, [{ entity: "Project", ids: [] }])).toEqual([]);
  });

  it("is refused to a role without audit:read", async () => {
    const viewer = await makeUser("VIEWER");
    const error = await listAudit(viewer, [{ entity: "Project", ids: [1] }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
  });

  it("writes an event only with the transaction that makes the change", async () => {
    const before = await db.auditEvent.count();
    await db
      .$transaction(async (tx) => {
        await writeAudit(tx, { actor: staff, action: "UPDATE", entity: "Project", entityId: 3, changes: { name: { from: "a", to: "b" } } });
        throw new Error("the change failed after its audit row");
      })
      .catch(() => undefined);
    expect(await db.auditEvent.count()).toBe(before);
  });
});
