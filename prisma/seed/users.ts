import type { Role } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./config";
import { stamp } from "./dates";
import { BOARD_NAME, PROVINCE } from "./names";
import type { SettingRow, UserSeed, UserZoneRow, ZoneRow } from "./rows";

export const DEMO_PASSWORD = "Demo@2026";

const DEMO_USERS: readonly (readonly [email: string, name: string, role: Role])[] = [
  ["admin@ipa.local", "Nguyễn Quốc Huy", "ADMIN"],
  ["manager@ipa.local", "Trần Thị Thu Hà", "MANAGER"],
  ["staff@ipa.local", "Lê Minh Tuấn", "STAFF"],
  ["viewer@ipa.local", "Phạm Ngọc Lan", "VIEWER"],
];

export function generateUsers(ctx: SeedContext): UserSeed[] {
  const at = stamp(ctx.systemStart);
  return DEMO_USERS.map(([email, name, role], i) => ({
    id: i + 1,
    email,
    name,
    role,
    active: true,
    password: DEMO_PASSWORD,
    createdAt: at,
    updatedAt: at,
  }));
}

export function generateSettings(ctx: SeedContext): SettingRow[] {
  const at = stamp(ctx.systemStart);
  return [
    { key: "boardName", value: BOARD_NAME, updatedAt: at },
    { key: "provinceName", value: PROVINCE, updatedAt: at },
  ];
}

/** The STAFF user looks after two operating KCN and two operating CCN, so zone scoping has something to show. */
export function generateUserZones(users: readonly UserSeed[], zones: readonly ZoneRow[]): UserZoneRow[] {
  const staff = users.find((u) => u.role === "STAFF");
  if (!staff) return [];
  const operating = (kind: ZoneRow["kind"]) => zones.filter((z) => z.kind === kind && z.status === "OPERATING").slice(0, 2);
  return [...operating("KCN"), ...operating("CCN")].map((z) => ({ A: staff.id, B: z.id }));
}
