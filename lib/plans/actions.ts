"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { copyLastYear } from "./copy-last-year";
import { deleteTarget } from "./delete-target";
import { finalizeActuals } from "./finalize-actuals";
import { saveActuals } from "./save-actuals";
import { copyLastYearSchema, deleteTargetSchema, finalizeActualsSchema, saveActualsSchema, upsertTargetSchema } from "./schemas";
import { upsertTarget } from "./upsert-target";

// Thin: each action names its permission, validates with the shared schema and calls one data
// function (which checks the permission again). Plans and actuals feed the dashboard too.
const refresh = <T,>(value: T) => {
  revalidatePath("/plans", "layout");
  revalidatePath("/");
  return value;
};

export const upsertTargetAction = defineAction({
  permission: "plans:write",
  schema: upsertTargetSchema,
  run: async (user, input) => refresh(await upsertTarget(user, input)),
});

export const deleteTargetAction = defineAction({
  permission: "plans:write",
  schema: deleteTargetSchema,
  run: async (user, input) => refresh(await deleteTarget(user, input)),
});

export const copyLastYearAction = defineAction({
  permission: "plans:write",
  schema: copyLastYearSchema,
  run: async (user, input) => refresh(await copyLastYear(user, input)),
});

export const saveActualsAction = defineAction({
  permission: "actuals:write",
  schema: saveActualsSchema,
  run: async (user, input) => refresh(await saveActuals(user, input)),
});

export const finalizeActualsAction = defineAction({
  permission: "actuals:finalize",
  schema: finalizeActualsSchema,
  run: async (user, input) => refresh(await finalizeActuals(user, input)),
});
