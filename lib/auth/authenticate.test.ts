import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeUser, TEST_PASSWORD } from "@/lib/testing/factories";
import { authenticate, LOCK_MINUTES, MAX_FAILURES, WINDOW_MINUTES } from "./authenticate";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 8, 0) + minutes * 60_000);

describe("authenticate", () => {
  let email: string;
  beforeEach(async () => {
    email = (await makeUser("STAFF")).email;
  });

  it("accepts the right password, case-insensitively on the email, and records the login", async () => {
    const result = await authenticate(email.toUpperCase(), TEST_PASSWORD, at(0));
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lastLoginAt?.toISOString()).toBe(at(0).toISOString());
    expect(await db.auditEvent.count({ where: { action: "LOGIN", entityId: String(user.id) } })).toBe(1);
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    expect(await authenticate(email, "wrong-password", at(0))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect(await authenticate("nobody@test.local", TEST_PASSWORD, at(0))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("asks for both fields", async () => {
    expect(await authenticate("  ", "x")).toEqual({ ok: false, error: "MISSING_FIELDS" });
    expect(await authenticate(email, "")).toEqual({ ok: false, error: "MISSING_FIELDS" });
  });

  it("refuses a deactivated account even with the right password", async () => {
    const inactive = await makeUser("VIEWER", { active: false });
    expect(await authenticate(inactive.email, TEST_PASSWORD)).toEqual({ ok: false, error: "ACCOUNT_DISABLED" });
  });

  it(`locks the account after ${MAX_FAILURES} failures within ${WINDOW_MINUTES} minutes, for ${LOCK_MINUTES} minutes`, async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      expect(await authenticate(email, "wrong", at(i))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    }
    expect(await authenticate(email, "wrong", at(MAX_FAILURES - 1))).toEqual({ ok: false, error: "ACCOUNT_LOCKED" });
    // Locked: even the right password is refused until the lock ends.
    expect(await authenticate(email, TEST_PASSWORD, at(MAX_FAILURES))).toEqual({ ok: false, error: "ACCOUNT_LOCKED" });
    expect(await authenticate(email, TEST_PASSWORD, at(MAX_FAILURES - 1 + LOCK_MINUTES + 1))).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "LOCKED" } })).toBe(1);
  });

  it("does not lock when the failures are spread beyond the window", async () => {
    for (let i = 0; i < MAX_FAILURES + 2; i++) {
      // one failure every 2 minutes: at most 8 fall inside any 15-minute window
      expect(await authenticate(email, "wrong", at(i * 2))).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    }
    expect(await authenticate(email, TEST_PASSWORD, at(30))).toMatchObject({ ok: true });
  });

  it("counts parallel failures exactly", async () => {
    const results = await Promise.all(Array.from({ length: MAX_FAILURES }, () => authenticate(email, "wrong", at(0))));
    expect(results.filter((r) => !r.ok && r.error === "ACCOUNT_LOCKED")).toHaveLength(1);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.lockedUntil?.toISOString()).toBe(at(LOCK_MINUTES).toISOString());
  });
});
