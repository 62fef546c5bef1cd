import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_SETTINGS, SETTING_KEYS, toSettingValue, type SettingKey, type Settings } from "./schemas";

/** Settings are not secret (they print on reports), so any signed-in caller may read them. */
export async function getSettings(): Promise<Settings> {
  const rows = await db.setting.findMany({ where: { key: { in: [...SETTING_KEYS] } } });
  const settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) Object.assign(settings, toSettingValue(row.key as SettingKey, row.value));
  return settings;
}
