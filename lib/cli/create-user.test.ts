import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { testDb } from "@/lib/testing/db";
import { checkPassword, createUserFromCli, parseCreateUserArgs } from "./create-user";

describe("parseCreateUserArgs", () => {
  it("lower-cases the email, defaults the name to its local part and the role to VIEWER", () => {
    expect(parseCreateUserArgs(["--email", "Admin@IPA.gov.vn"])).toEqual({ email: "admin@ipa.gov.vn", name: "Admin", role: "VIEWER" });
    expect(parseCreateUserArgs(["--email", "a@b.vn", "--name", "Nguyễn Văn A", "--role", "admin"])).toMatchObject({
      name: "Nguyễn Văn A",
      role: "ADMIN",
    });
  });

  it("refuses a bad email, an unknown role or an unknown option", () => {
    expect(() => parseCreateUserArgs(["--email", "not-an-email"])).toThrow(/--email/);
    expect(() => parseCreateUserArgs(["--email", "a@b.vn", "--role", "ROOT"])).toThrow(/--role/);
    expect(() => parseCreateUserArgs(["--email", "a@b.vn", "--admin"])).toThrow();
  });

  it("holds passwords to the app's rule", () => {
    expect(() => checkPassword("short")).toThrow(/8/);
    expect(checkPassword("long enough")).toBe("long enough");
  });
});

describe("createUserFromCli", () => {
  it("stores an argon2 hash and writes the CREATE audit row with the user", async () => {
    const db = testDb();
    const user = await createUserFromCli(db, { email: "first@ipa.vn", name: "Quản trị", role: "ADMIN", password: "Mật-khẩu-1" }, "ops");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ email: "first@ipa.vn", name: "Quản trị", role: "ADMIN", active: true });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "Mật-khẩu-1")).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { entity: "User", entityId: String(user.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "CREATE",
      actorId: null,
      changes: { email: { from: null, to: "first@ipa.vn" }, role: { from: null, to: "ADMIN" }, name: { from: null, to: "Quản trị" } },
      meta: { source: "cli:user:create", operator: "ops" },
    });
    expect(JSON.stringify([audit[0]?.changes, audit[0]?.meta])).not.toContain("argon2");
  });

  it("refuses a second user with the same email and leaves no audit row for it", async () => {
    const db = testDb();
    const input = { email: "twice@ipa.vn", name: "Hai", role: "STAFF" as const, password: "password-1" };
    await createUserFromCli(db, input, "ops");
    const error = await createUserFromCli(db, input, "ops").catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await db.user.count({ where: { email: "twice@ipa.vn" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entity: "User", action: "CREATE" } })).toBe(2); // this file's two users
  });
});
