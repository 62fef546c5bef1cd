import { z } from "zod";
import { typeError } from "@/lib/actions/type-error";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { ROLES } from "@/lib/auth/permissions";

const role = z.enum(ROLES as [string, ...string[]], { error: "invalid" }).transform((r) => r as (typeof ROLES)[number]);
const id = z.coerce.number({ error: "invalid" }).int().positive();
const version = z.coerce.number({ error: "invalid" }).int().min(1);
const password = z
  .string({ error: typeError("required") })
  .min(PASSWORD_MIN_LENGTH)
  .max(200);

export const createUserSchema = z.object({
  email: z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(254)
    .pipe(z.email({ error: "email" }))
    .transform((e) => e.toLowerCase()),
  name: z.string({ error: typeError("required") }).trim().min(1, { error: "required" }).max(120),
  role,
  password,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ id, version, role });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const setActiveSchema = z.object({
  id,
  version,
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});
export type SetActiveInput = z.infer<typeof setActiveSchema>;

export const setPasswordSchema = z.object({ id, password });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;
