import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";

export async function listUsers(actor: CurrentUser | null) {
  assertCan(actor, "users:manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, active: true, lastLoginAt: true, lockedUntil: true, version: true },
  });
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];
