import type { Role } from "@/lib/generated/prisma/enums";

// The one role → permission table. Every page, action and route handler names the permission it
// needs; tests walk this table to prove that each role without a permission is refused.
export const PERMISSIONS = [
  "dashboard:read",
  "projects:read",
  "projects:write",
  "zones:read",
  "zones:write",
  "zones:decide", // status changes to ESTABLISHED / OPERATING are board decisions
  "progress:write",
  "plans:read",
  "plans:write",
  "actuals:write",
  "actuals:finalize",
  "rates:write",
  "reports:read",
  "reports:generate",
  "exports:run",
  "imports:run",
  "audit:read",
  "users:manage",
  "settings:manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ["dashboard:read", "projects:read", "zones:read", "plans:read", "reports:read"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  MANAGER: [
    ...READ,
    "projects:write",
    "zones:write",
    "zones:decide",
    "progress:write",
    "plans:write",
    "actuals:write",
    "actuals:finalize",
    "rates:write",
    "reports:generate",
    "exports:run",
    "imports:run",
    "audit:read",
  ],
  STAFF: [...READ, "projects:write", "zones:write", "progress:write", "actuals:write", "exports:run", "imports:run", "audit:read"],
  VIEWER: [...READ, "exports:run"], // "everyone exports the tables"
};

export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
