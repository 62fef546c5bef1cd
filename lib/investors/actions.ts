"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { createInvestor } from "./create-investor";
import { createInvestorSchema, updateInvestorSchema } from "./schemas";
import { updateInvestor } from "./update-investor";

// Thin wrappers: permission, the shared schema, one data function.
export const createInvestorAction = defineAction({
  permission: "projects:write",
  schema: createInvestorSchema,
  run: async (user, input) => {
    const investor = await createInvestor(user, input);
    revalidatePath("/investors");
    return investor;
  },
});

export const updateInvestorAction = defineAction({
  permission: "projects:write",
  schema: updateInvestorSchema,
  run: async (user, input) => {
    const investor = await updateInvestor(user, input);
    revalidatePath("/investors");
    revalidatePath(`/investors/${investor.id}`);
    return investor;
  },
});
