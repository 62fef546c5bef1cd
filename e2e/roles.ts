import type { Page } from "@playwright/test";

// The demo accounts that `npm run db:seed` creates (prisma/seed).
export const DEMO_PASSWORD = "Demo@2026";
export const ROLE_ACCOUNTS = {
  ADMIN: "admin@ipa.local",
  MANAGER: "manager@ipa.local",
  STAFF: "staff@ipa.local",
  VIEWER: "viewer@ipa.local",
} as const;
export type RoleName = keyof typeof ROLE_ACCOUNTS;
export const ROLE_NAMES = Object.keys(ROLE_ACCOUNTS) as RoleName[];

export const storageStateOf = (role: RoleName) => `e2e/.auth/${role.toLowerCase()}.json`;

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("button[type=submit]").click();
}

/** Unique per test run, so that tests never collide on data. */
export const unique = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
