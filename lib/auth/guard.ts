import "server-only";
import { forbidden, redirect } from "next/navigation";
import { AppError } from "@/lib/actions/app-error";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** For data functions: the caller must hold the permission, or nothing happens. */
export function assertCan(user: CurrentUser | null, permission: Permission): asserts user is CurrentUser {
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN");
}

/** For pages: anonymous → login, signed in without the permission → 403 page. */
export async function requirePagePermission(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  if (!can(user.role, permission)) forbidden();
  return user;
}
