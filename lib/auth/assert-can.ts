import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";

/**
 * For data functions: the caller must hold the permission, or nothing happens. Free of Next's
 * request APIs, so that the same functions run in tests, scripts and the benchmark.
 */
export function assertCan(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN");
}
