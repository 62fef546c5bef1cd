"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { updateSettingsSchema } from "./schemas";
import { updateSettings } from "./update-settings";

export const updateSettingsAction = defineAction({
  permission: "settings:manage",
  schema: updateSettingsSchema,
  run: async (user, input) => {
    const saved = await updateSettings(user, input);
    revalidatePath("/", "layout");
    return saved;
  },
});
