import { db } from "@/lib/db";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { updateSettings } from "@/lib/settings/update-settings";
import { changeRole } from "@/lib/users/change-role";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { setActive } from "@/lib/users/set-active";
import { setPassword } from "@/lib/users/set-password";

// The administration operations; each domain has its own matrix file beside its code.
type Target = { id: number; version: number };

async function makeTarget(): Promise<Target> {
  const u = await makeUser("VIEWER");
  return db.user.findUniqueOrThrow({ where: { id: u.id }, select: { id: true, version: true } });
}

const OPERATIONS: Operation<Target>[] = [
  { name: "listUsers", permission: "users:manage", prepare: makeTarget, run: (a) => listUsers(a) },
  {
    name: "createUser",
    permission: "users:manage",
    prepare: makeTarget,
    run: (a) => createUser(a, { email: `new-${Math.random()}@test.local`, name: "Mới", role: "STAFF", password: "Secret@123" }),
  },
  { name: "changeRole", permission: "users:manage", prepare: makeTarget, run: (a, t) => changeRole(a, { id: t.id, version: t.version, role: "MANAGER" }) },
  { name: "setActive", permission: "users:manage", prepare: makeTarget, run: (a, t) => setActive(a, { id: t.id, version: t.version, active: false }) },
  { name: "setPassword", permission: "users:manage", prepare: makeTarget, run: (a, t) => setPassword(a, { id: t.id, password: "Another@123" }) },
  { name: "updateSettings", permission: "settings:manage", prepare: makeTarget, run: (a) => updateSettings(a, { boardName: "Ban X", provinceName: "Tỉnh Y", rateSource: "PLAN_YEAR" }) },
];

/** Everything these operations could change, so that "nothing changes" is checked, not assumed. */
async function snapshot() {
  const [users, settings, audits] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, role: true, active: true, passwordHash: true, version: true } }),
    db.setting.findMany({ orderBy: { key: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { users, settings, audits };
}

describePermissionMatrix("administration operations check their permission inside the data function", OPERATIONS, snapshot);
