"use client";

import { useState } from "react";
import type { FieldErrors } from "@/lib/actions/app-error";

/**
 * The field messages of the last submit, minus those of fields edited since: a message stays next
 * to its field until the user changes that field, then goes (the next submit checks again).
 */
export function useShownErrors(source: FieldErrors | null | undefined) {
  const [cleared, setCleared] = useState<ReadonlySet<string>>(() => new Set());
  const errors: FieldErrors = Object.fromEntries(Object.entries(source ?? {}).filter(([field]) => !cleared.has(field)));
  return {
    errors,
    clear: (...fields: string[]) => setCleared((s) => (fields.every((f) => s.has(f)) ? s : new Set([...s, ...fields]))),
    reset: () => setCleared(new Set()),
  };
}
