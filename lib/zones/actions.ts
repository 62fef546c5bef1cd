"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { addProgress } from "./add-progress";
import { checkZoneCapacity } from "./check-capacity";
import { correctProgress } from "./correct-progress";
import { createZone } from "./create-zone";
import { addProgressSchema, checkCapacitySchema, correctProgressSchema, createZoneSchema, updateZoneSchema } from "./schemas";
import { updateZone } from "./update-zone";

// Thin: each action names its permission, validates with the shared schema and calls one data
// function (which checks its permission again, and "zones:decide" for a status decision).
const refresh = <T,>(zoneId: number, value: T) => {
  revalidatePath("/zones");
  revalidatePath(`/zones/${zoneId}`);
  return value;
};

export const createZoneAction = defineAction({
  permission: "zones:write",
  schema: createZoneSchema,
  run: async (user, input) => {
    const created = await createZone(user, input);
    return refresh(created.id, created);
  },
});

export const updateZoneAction = defineAction({
  permission: "zones:write",
  schema: updateZoneSchema,
  run: async (user, input) => refresh(input.id, await updateZone(user, input)),
});

export const addProgressAction = defineAction({
  permission: "progress:write",
  schema: addProgressSchema,
  run: async (user, input) => refresh(input.zoneId, await addProgress(user, input)),
});

export const correctProgressAction = defineAction({
  permission: "progress:write",
  schema: correctProgressSchema,
  run: async (user, input) => refresh(input.zoneId, await correctProgress(user, input)),
});

/** A read for the project form's over-full warning: nothing is written. */
export const checkZoneCapacityAction = defineAction({
  permission: "zones:read",
  schema: checkCapacitySchema,
  run: (user, input) => checkZoneCapacity(user, input),
});
