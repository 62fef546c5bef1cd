import type { Prisma } from "@/lib/generated/prisma/client";
import type { Changes } from "./write-audit";

type Plain = string | number | boolean | null | undefined | Date | { toString(): string };

function toJson(value: Plain): Prisma.InputJsonValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return value.toString(); // Decimal and friends: exact text, never a float
}

/** Field-level before/after for the named fields that differ. Secrets are never passed in. */
export function diffFields<T extends Record<string, Plain>>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = toJson(before[field]);
    const to = toJson(after[field] as Plain);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
