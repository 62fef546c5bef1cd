import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toFieldErrors } from "./field-errors";

describe("toFieldErrors", () => {
  it("keeps i18n keys named by the schema and maps zod's defaults to keys", () => {
    const schema = z.object({
      a: z.string().min(1, { error: "required" }),
      b: z.string().max(3),
      c: z.email(),
      d: z.number().refine(() => false, { error: "projects.errors.capitalBelowZero" }),
      e: z.number(),
    });
    const result = schema.safeParse({ a: "", b: "toolong", c: "x", d: 1, e: "nan" });
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!)).toEqual({
      a: [{ key: "required" }],
      b: [{ key: "tooLong", values: { max: 3 } }],
      c: [{ key: "email" }],
      d: [{ key: "projects.errors.capitalBelowZero" }],
      e: [{ key: "invalid" }],
    });
  });
});
