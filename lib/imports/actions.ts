"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";
import { commitImportSchema, previewImportSchema } from "./schemas";

// Thin: the upload is a route handler (a file is larger than a server action's 1 MB body); the
// preview and the commit are small JSON calls. Each data function checks imports:run again.
export const previewImportAction = defineAction({
  permission: "imports:run",
  schema: previewImportSchema,
  run: (user, input) => previewImport(user, input),
});

export const commitImportAction = defineAction({
  permission: "imports:run",
  schema: commitImportSchema,
  run: async (user, input) => {
    const result = await commitImport(user, input);
    revalidatePath("/", "layout");
    return result;
  },
});
