import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

let seq = 0;
let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "Test@12345";

/** A user row with a unique email; the password is TEST_PASSWORD unless given. */
export async function makeUser(role: Role, overrides: { email?: string; active?: boolean; password?: string } = {}): Promise<CurrentUser> {
  seq += 1;
  const passwordHash = overrides.password ? await hashPassword(overrides.password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const user = await db.user.create({
    data: {
      email: overrides.email ?? `${role.toLowerCase()}-${seq}-${Date.now()}@test.local`,
      name: `Test ${role} ${seq}`,
      role,
      active: overrides.active ?? true,
      passwordHash,
    },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
