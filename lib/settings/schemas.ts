import { z } from "zod";

export const SETTING_KEYS = ["boardName", "provinceName"] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export type Settings = Record<SettingKey, string>;

export const DEFAULT_SETTINGS: Settings = {
  boardName: "Ban Quản lý các Khu công nghiệp",
  provinceName: "",
};

const text = (max: number) => z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max);

export const updateSettingsSchema = z.object({ boardName: text(200), provinceName: text(100) });
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
