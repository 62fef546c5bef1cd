import type { z } from "zod";
import { toFieldErrors } from "@/lib/actions/field-errors";
import type { RowIssue } from "./types";

/**
 * A form schema's errors as row issues: the field named by the column that feeds it (`columnOf`
 * renames form fields such as zoneId → zoneCode), the message key as a form would show it.
 */
export function schemaIssues(error: z.ZodError, columnOf: Record<string, string> = {}): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [field, messages] of Object.entries(toFieldErrors(error))) {
    for (const m of messages) {
      const key = m.key.includes(".") ? m.key : `validation.${m.key}`;
      issues.push({ column: columnOf[field] ?? (field === "_form" ? "_row" : field), key, ...(m.values ? { values: m.values } : {}) });
    }
  }
  return issues;
}

/** Remembers the first row of each value, to report later duplicates in the same file. */
export function firstRowOf() {
  const seen = new Map<string, number>();
  return (value: string, row: number): number | null => {
    if (value === "") return null;
    const first = seen.get(value);
    if (first !== undefined) return first;
    seen.set(value, row);
    return null;
  };
}
