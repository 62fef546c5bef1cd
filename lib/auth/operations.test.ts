import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import type { CurrentUser } from "./current-user";
import { can, ROLES, type Permission } from "./permissions";
import { createUser } from "@/lib/users/create-user";
import { changeRole } from "@/lib/users/change-role";
import { setActive } from "@/lib/users/set-active";
import { setPassword } from "@/lib/users/set-password";
import { updateSettings } from "@/lib/settings/update-settings";
import { listUsers } from "@/lib/users/list-users";

// Every data function that a server action exposes, with the permission it must demand.
// Later issues add their operations here, so the whole matrix stays walked.
type Target = { id: number; version: number };
type Operation = { name: string; permission: Permission; run: (actor: CurrentUser | null, target: Target) => Promise<unknown> };

async function makeTarget(): Promise<Target> {
  const u = await makeUser("VIEWER");
  return db.user.findUniqueOrThrow({ where: { id: u.id }, select: { id: true, version: true } });
}

const OPERATIONS: Operation[] = [
  { name: "listUsers", permission: "users:manage", run: (a) => listUsers(a) },
  {
    name: "createUser",
    permission: "users:manage",
    run: (a) => createUser(a, { email: `new-${Math.random()}@test.local`, name: "Mới", role: "STAFF", password: "Secret@123" }),
  },
  { name: "changeRole", permission: "users:manage", run: (a, t) => changeRole(a, { id: t.id, version: t.version, role: "MANAGER" }) },
  { name: "setActive", permission: "users:manage", run: (a, t) => setActive(a, { id: t.id, version: t.version, active: false }) },
  { name: "setPassword", permission: "users:manage", run: (a, t) => setPassword(a, { id: t.id, password: "Another@123" }) },
  { name: "updateSettings", permission: "settings:manage", run: (a) => updateSettings(a, { boardName: "Ban X", provinceName: "Tỉnh Y" }) },
];

/** Everything an operation could change, so that "nothing changes" is checked, not assumed. */
async function snapshot() {
  const [users, settings, audits] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, active: true, passwordHash: true, version: true } }),
    db.setting.findMany({ orderBy: { key: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { users, settings, audits };
}

async function expectRefused(run: () => Promise<unknown>, code: "FORBIDDEN" | "UNAUTHENTICATED") {
  const before = await snapshot();
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect(await snapshot()).toEqual(before);
}

describe("every operation checks its permission inside the data function", () => {
  for (const op of OPERATIONS) {
    for (const role of ROLES) {
      const allowed = can(role, op.permission);
      it(`${op.name} is ${allowed ? "allowed" : "refused"} for ${role}`, async () => {
        const actor = await makeUser(role);
        const t = await makeTarget();
        if (allowed) {
          await expect(op.run(actor, t)).resolves.toBeDefined();
        } else {
          await expectRefused(() => op.run(actor, t), "FORBIDDEN");
        }
      });
    }
    it(`${op.name} is refused for an anonymous caller`, async () => {
      const t = await makeTarget();
      await expectRefused(() => op.run(null, t), "UNAUTHENTICATED");
    });
  }
});
