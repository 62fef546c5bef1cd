"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { addAmendment } from "./add-amendment";
import { archiveProject } from "./archive-project";
import { correctAmendment } from "./correct-amendment";
import { createProject } from "./create-project";
import { restoreProject } from "./restore-project";
import { addAmendmentSchema, archiveProjectSchema, correctAmendmentSchema, createProjectSchema, updateProjectSchema } from "./schemas";
import { updateProject } from "./update-project";

// Thin: each action names its permission, validates with the shared schema and calls one data
// function (which checks the permission again). Pages showing the project are refreshed.
const refresh = <T,>(projectId: number, value: T) => {
  revalidatePath("/projects");
  revalidatePath(`/projects/${projectId}`);
  return value;
};

export const createProjectAction = defineAction({
  permission: "projects:write",
  schema: createProjectSchema,
  run: async (user, input) => {
    const created = await createProject(user, input);
    return refresh(created.id, created);
  },
});

export const updateProjectAction = defineAction({
  permission: "projects:write",
  schema: updateProjectSchema,
  run: async (user, input) => refresh(input.id, await updateProject(user, input)),
});

export const archiveProjectAction = defineAction({
  permission: "projects:write",
  schema: archiveProjectSchema,
  run: async (user, input) => refresh(input.id, await archiveProject(user, input)),
});

export const restoreProjectAction = defineAction({
  permission: "projects:write",
  schema: archiveProjectSchema,
  run: async (user, input) => refresh(input.id, await restoreProject(user, input)),
});

export const addAmendmentAction = defineAction({
  permission: "projects:write",
  schema: addAmendmentSchema,
  run: async (user, input) => refresh(input.projectId, await addAmendment(user, input)),
});

export const correctAmendmentAction = defineAction({
  permission: "projects:write",
  schema: correctAmendmentSchema,
  run: async (user, input) => refresh(input.projectId, await correctAmendment(user, input)),
});
