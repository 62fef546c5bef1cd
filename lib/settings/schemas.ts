import { z } from "zod";
import { typeError } from "@/lib/actions/type-error";
import type { RateSource } from "@/lib/generated/prisma/enums";

export const SETTING_KEYS = ["boardName", "provinceName", "rateSource"] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** Which recorded USD/VND rate converts amounts (lib/rates/convert.ts pickRate). */
export const RATE_SOURCES = ["SBV_CENTRAL", "PLAN_YEAR", "IRC", "OTHER"] as const satisfies readonly RateSource[];

export type Settings = { boardName: string; provinceName: string; rateSource: RateSource };

export const DEFAULT_SETTINGS: Settings = {
  boardName: "Ban Quản lý các Khu công nghiệp",
  provinceName: "",
  rateSource: "SBV_CENTRAL",
};

export function toSettingValue(key: SettingKey, value: string): Partial<Settings> {
  if (key === "rateSource") return RATE_SOURCES.find((s) => s === value) ? { rateSource: value as RateSource } : {};
  return { [key]: value };
}

const text = (max: number) => z.string({ error: typeError("required") }).trim().min(1, { error: "required" }).max(max);

export const updateSettingsSchema = z.object({
  boardName: text(200),
  provinceName: text(100),
  rateSource: z.enum(RATE_SOURCES, { error: "invalid" }),
});
export type UpdateSettingsInput = z.infer<typeof updateSettingsSchema>;
