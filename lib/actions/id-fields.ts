import { z } from "zod";

/** The largest PostgreSQL int4: ids and versions above it cannot exist, so they are refused before SQL. */
export const INT_MAX = 2_147_483_647;

/** A row id or version typed into a form or a URL: digits only, 1..INT_MAX; anything else null. */
export function parseRowId(value: unknown): number | null {
  const s = String(value).trim();
  const n = /^\d{1,10}$/.test(s) ? Number(s) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= INT_MAX ? n : null;
}

/** A required row id (number or string field): empty → `missingKey`, not an id → "invalid". */
export const requiredId = (missingKey = "required") =>
  z.union([z.number(), z.string()], { error: missingKey }).transform((v, ctx) => {
    if (String(v).trim() === "") {
      ctx.addIssue({ code: "custom", message: missingKey });
      return z.NEVER;
    }
    const n = parseRowId(v);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    return n;
  });

/** An optional row id (or version): empty/null → null, not an id → "invalid". */
export const optionalId = () =>
  z
    .union([z.number(), z.string()], { error: "invalid" })
    .nullish()
    .transform((v, ctx): number | null => {
      if (v === null || v === undefined || String(v).trim() === "") return null;
      const n = parseRowId(v);
      if (n === null) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return n;
    });

/** The version a form read, for optimistic concurrency. */
export const rowVersion = () =>
  z.coerce.number({ error: "invalid" }).int({ error: "invalid" }).min(1, { error: "invalid" }).max(INT_MAX, { error: "invalid" });
