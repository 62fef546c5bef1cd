import type { Permission } from "@/lib/auth/permissions";

export type NavItem = { href: string; key: "dashboard" | "projects" | "amendments" | "investors" | "zones" | "plans" | "reports" | "imports" | "rates" | "users" | "settings"; permission: Permission };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", key: "dashboard", permission: "dashboard:read" },
  { href: "/projects", key: "projects", permission: "projects:read" },
  { href: "/amendments", key: "amendments", permission: "projects:read" },
  { href: "/investors", key: "investors", permission: "projects:read" },
  { href: "/zones", key: "zones", permission: "zones:read" },
  { href: "/plans", key: "plans", permission: "plans:read" },
  { href: "/reports", key: "reports", permission: "reports:read" },
  { href: "/imports", key: "imports", permission: "imports:run" },
  { href: "/rates", key: "rates", permission: "projects:read" },
];

export const ADMIN_ITEMS: NavItem[] = [
  { href: "/admin/users", key: "users", permission: "users:manage" },
  { href: "/admin/settings", key: "settings", permission: "settings:manage" },
];
