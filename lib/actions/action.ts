import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/assert-can";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, isAppError, type ErrorCode, type FieldErrors } from "./app-error";
import { toFieldErrors } from "./field-errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; fieldErrors?: FieldErrors };

type Options<S extends z.ZodType, T> = {
  permission: Permission;
  schema: S;
  run: (user: CurrentUser, input: z.infer<S>) => Promise<T>;
};

function toInput(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw.entries()) : raw;
}

/**
 * The one way to expose a server action: authenticate, check the permission, validate with zod,
 * run, and answer with an error code (never an internal message). The data function it calls
 * checks its permission again, because it may be called from elsewhere.
 */
export function defineAction<S extends z.ZodType, T>(options: Options<S, T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const user = await getCurrentUser();
      assertCan(user, options.permission);
      const parsed = options.schema.safeParse(toInput(raw));
      if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) };
      return { ok: true, data: await options.run(user, parsed.data) };
    } catch (e) {
      return toFailure(e);
    }
  };
}

export function toFailure(e: unknown): { ok: false; code: ErrorCode; fieldErrors?: FieldErrors } {
  if (isAppError(e)) return { ok: false, code: e.code, fieldErrors: e.fieldErrors };
  console.error("action failed", e);
  return { ok: false, code: "INTERNAL" };
}

export { AppError };
