import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/actions/app-error";

// Serialises every change that could remove an administrator, so that two admins demoting each
// other at the same moment cannot both succeed and leave the system with none.
const ADMIN_LOCK_KEY = 4_172_001;

export async function lockAdminSet(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_LOCK_KEY})`;
}

/** Refuses if `userId` is the last active administrator. Call after lockAdminSet in the same tx. */
export async function assertNotLastAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("LAST_ADMIN");
}
