"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { generateBulletin } from "./generate-bulletin";
import { generateBulletinSchema } from "./schemas";

export const generateBulletinAction = defineAction({
  permission: "reports:generate",
  schema: generateBulletinSchema,
  run: async (user, input) => {
    const generated = await generateBulletin(user, input);
    revalidatePath("/reports");
    return generated;
  },
});
