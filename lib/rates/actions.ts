"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { createRate } from "./create-rate";
import { deleteRate } from "./delete-rate";
import { createRateSchema, deleteRateSchema, updateRateSchema } from "./schemas";
import { updateRate } from "./update-rate";

// Converted figures anywhere may change with a rate, so every page is revalidated.
const refresh = <T,>(value: T) => {
  revalidatePath("/", "layout");
  return value;
};

export const createRateAction = defineAction({
  permission: "rates:write",
  schema: createRateSchema,
  run: async (user, input) => refresh(await createRate(user, input)),
});

export const updateRateAction = defineAction({
  permission: "rates:write",
  schema: updateRateSchema,
  run: async (user, input) => refresh(await updateRate(user, input)),
});

export const deleteRateAction = defineAction({
  permission: "rates:write",
  schema: deleteRateSchema,
  run: async (user, input) => refresh(await deleteRate(user, input)),
});
