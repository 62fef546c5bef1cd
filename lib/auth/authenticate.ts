import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { dummyPasswordHash, verifyPassword } from "./password";

export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export type LoginError = "INVALID_CREDENTIALS" | "ACCOUNT_LOCKED" | "ACCOUNT_DISABLED" | "MISSING_FIELDS";
export type LoginResult = { ok: true; userId: number } | { ok: false; error: LoginError };

/**
 * Checks a password and applies the throttle: after MAX_FAILURES failures within WINDOW_MINUTES
 * the account is locked for LOCK_MINUTES. An unknown email and a wrong password give the same
 * answer, and cost the same hash verification, so the response does not reveal which emails exist.
 */
export async function authenticate(emailInput: string, password: string, now = new Date()): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase();
  if (!email || !password) return { ok: false, error: "MISSING_FIELDS" };
  const user = await db.user.findUnique({ where: { email } });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password);
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, error: "ACCOUNT_LOCKED" };

  if (!(await verifyPassword(user.passwordHash, password))) {
    return recordFailure(user.id, email, now);
  }
  if (!user.active) return { ok: false, error: "ACCOUNT_DISABLED" };

  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, failedWindowStart: null, lockedUntil: null, lastLoginAt: now },
    });
    await writeAudit(tx, { actor: { id: user.id, email }, action: "LOGIN", entity: "User", entityId: user.id });
  });
  return { ok: true, userId: user.id };
}

async function recordFailure(userId: number, email: string, now: Date): Promise<LoginResult> {
  const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  return db.$transaction(async (tx) => {
    // One atomic statement, so that parallel attempts cannot each read a stale count.
    const rows = await tx.$queryRaw<{ failedLoginCount: number }[]>`
      UPDATE "User" SET
        "failedLoginCount" = CASE WHEN "failedWindowStart" IS NULL OR "failedWindowStart" < ${windowStart}
                                  THEN 1 ELSE "failedLoginCount" + 1 END,
        "failedWindowStart" = CASE WHEN "failedWindowStart" IS NULL OR "failedWindowStart" < ${windowStart}
                                   THEN ${now} ELSE "failedWindowStart" END
      WHERE id = ${userId}
      RETURNING "failedLoginCount"`;
    const count = rows[0]?.failedLoginCount ?? 0;
    const actor = { id: userId, email };
    if (count >= MAX_FAILURES) {
      await tx.user.update({
        where: { id: userId },
        data: { lockedUntil, failedLoginCount: 0, failedWindowStart: null },
      });
      await writeAudit(tx, { actor, action: "LOCKED", entity: "User", entityId: userId, meta: { until: lockedUntil.toISOString() } });
      return { ok: false, error: "ACCOUNT_LOCKED" } as const;
    }
    await writeAudit(tx, { actor, action: "LOGIN_FAILED", entity: "User", entityId: userId, meta: { failures: count } });
    return { ok: false, error: "INVALID_CREDENTIALS" } as const;
  });
}
