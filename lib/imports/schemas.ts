import { z } from "zod";
import { requiredId } from "@/lib/actions/id-fields";
import { ImportKind } from "@/lib/generated/prisma/enums";

export const IMPORT_KINDS = Object.values(ImportKind);
export const importKindSchema = z.enum(IMPORT_KINDS as [ImportKind, ...ImportKind[]], { error: "invalid" });

/** Column key → the index of the file's header; keys and indexes are checked against the job. */
const mapping = z.record(z.string().max(50), z.number().int().min(0).max(10_000)).refine((m) => Object.keys(m).length <= 100, { error: "invalid" });

export const previewImportSchema = z.object({ id: requiredId(), mapping });
export const commitImportSchema = z.object({ id: requiredId() });
