import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db";
import { makeUser } from "@/lib/testing/factories";
import { changeRole } from "./change-role";
import { createUser } from "./create-user";
import { createUserSchema } from "./schemas";
import { setActive } from "./set-active";
import { setPassword } from "./set-password";

const codeOf = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
// Tests in this file share one database: those about the administrator count start from none.
const withoutOtherAdmins = () => db.user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
const versionOf = async (id: number) => (await db.user.findUniqueOrThrow({ where: { id } })).version;

describe("user administration", () => {
  it("creates a user with a hashed password, audited without the hash", async () => {
    const admin = await makeUser("ADMIN");
    const input = createUserSchema.parse({ email: " New.Person@Example.VN ", name: "Nguyễn Văn A", role: "STAFF", password: "Matkhau@123" });
    const user = await createUser(admin, input);
    expect(user.email).toBe("new.person@example.vn");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entity: "User", entityId: String(user.id), action: "CREATE" } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit.changes)).not.toContain("argon2");
    expect(await authenticate("new.person@example.vn", "Matkhau@123")).toMatchObject({ ok: true });
  });

  it("says which field is wrong when the email is taken", async () => {
    const admin = await makeUser("ADMIN");
    const input = createUserSchema.parse({ email: admin.email, name: "Trùng", role: "VIEWER", password: "Matkhau@123" });
    const error = await createUser(admin, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ email: [{ key: "emailTaken" }] });
  });

  it("validates the form with i18n keys", () => {
    const result = createUserSchema.safeParse({ email: "not-an-email", name: "", role: "GOD", password: "short" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["email", "name", "role", "password"]));
  });

  it("changes a role and refuses a stale version", async () => {
    const admin = await makeUser("ADMIN");
    const staff = await makeUser("STAFF");
    const v = await versionOf(staff.id);
    await changeRole(admin, { id: staff.id, version: v, role: "MANAGER" });
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("MANAGER");
    expect(await codeOf(changeRole(admin, { id: staff.id, version: v, role: "VIEWER" }))).toBe("CONFLICT");
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("MANAGER");
  });

  it("never removes the last active administrator", async () => {
    await withoutOtherAdmins();
    const [a, b] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    // a demotes b: fine, a remains
    await changeRole(a, { id: b.id, version: await versionOf(b.id), role: "STAFF" });
    // an administrator cannot demote or deactivate themself
    expect(await codeOf(changeRole(a, { id: a.id, version: await versionOf(a.id), role: "STAFF" }))).toBe("SELF_LOCKOUT");
    expect(await codeOf(setActive(a, { id: a.id, version: await versionOf(a.id), active: false }))).toBe("SELF_LOCKOUT");
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("refuses when two administrators demote each other at the same moment", async () => {
    await withoutOtherAdmins();
    const [a, b] = [await makeUser("ADMIN"), await makeUser("ADMIN")];
    const results = await Promise.all([
      codeOf(changeRole(a, { id: b.id, version: await versionOf(b.id), role: "VIEWER" })),
      codeOf(setActive(b, { id: a.id, version: await versionOf(a.id), active: false })),
    ]);
    expect(results.sort()).toEqual(["LAST_ADMIN", "ok"]);
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("deactivates and reactivates, and a new password lifts a lock", async () => {
    const admin = await makeUser("ADMIN");
    const viewer = await makeUser("VIEWER");
    await setActive(admin, { id: viewer.id, version: await versionOf(viewer.id), active: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).active).toBe(false);
    await setActive(admin, { id: viewer.id, version: await versionOf(viewer.id), active: true });
    await db.user.update({ where: { id: viewer.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    await setPassword(admin, { id: viewer.id, password: "Moi@12345" });
    expect(await authenticate(viewer.email, "Moi@12345")).toMatchObject({ ok: true });
    const changes = await db.auditEvent.findMany({ where: { entityId: String(viewer.id), action: "UPDATE" } });
    expect(changes).toHaveLength(3);
  });

  it("answers NOT_FOUND for an unknown user", async () => {
    const admin = await makeUser("ADMIN");
    expect(await codeOf(setActive(admin, { id: 999_999, version: 1, active: false }))).toBe("NOT_FOUND");
  });
});

describe("the user form's messages", () => {
  it("names the check that failed, not 'required', for a value that is present", () => {
    const result = createUserSchema.safeParse({ email: `${"a".repeat(250)}@x.vn`, name: "n".repeat(121), role: "STAFF", password: "short" });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.code]));
    expect(byField).toEqual({ email: "too_big", name: "too_big", password: "too_small" });
    expect(result.error!.issues.every((i) => i.message !== "required")).toBe(true);
  });
});
