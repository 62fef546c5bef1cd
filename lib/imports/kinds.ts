import type { ImportKind } from "@/lib/generated/prisma/enums";
import { ACTUALS_KIND } from "./actuals/kind";
import { AMENDMENTS_KIND } from "./amendments/kind";
import { PROGRESS_KIND } from "./progress/kind";
import { PROJECTS_KIND } from "./projects/kind";
import { ZONES_KIND } from "./zones/kind";
import type { ImportKindDef } from "./types";

/** The kinds this build imports; the others of ImportKind are refused as not yet available. */
// Each kind's plan type is its own; the registry only hands a plan from validate to commit.
const erase = <P>(def: ImportKindDef<P>) => def as unknown as ImportKindDef<unknown>;
const KINDS: Partial<Record<ImportKind, ImportKindDef<unknown>>> = {
  PROJECTS: erase(PROJECTS_KIND),
  AMENDMENTS: erase(AMENDMENTS_KIND),
  ZONE_PROGRESS: erase(PROGRESS_KIND),
  ACTUALS: erase(ACTUALS_KIND),
  ZONES: erase(ZONES_KIND),
};

export const AVAILABLE_KINDS = Object.keys(KINDS) as ImportKind[];

export function kindDef(kind: ImportKind): ImportKindDef<unknown> | null {
  return KINDS[kind] ?? null;
}
