"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/action";
import { changeRole } from "./change-role";
import { createUser } from "./create-user";
import { changeRoleSchema, createUserSchema, setActiveSchema, setPasswordSchema } from "./schemas";
import { setActive } from "./set-active";
import { setPassword } from "./set-password";

const refresh = <T,>(value: T) => {
  revalidatePath("/admin/users");
  return value;
};

export const createUserAction = defineAction({
  permission: "users:manage",
  schema: createUserSchema,
  run: async (user, input) => refresh(await createUser(user, input)),
});

export const changeRoleAction = defineAction({
  permission: "users:manage",
  schema: changeRoleSchema,
  run: async (user, input) => refresh(await changeRole(user, input)),
});

export const setActiveAction = defineAction({
  permission: "users:manage",
  schema: setActiveSchema,
  run: async (user, input) => refresh(await setActive(user, input)),
});

export const setPasswordAction = defineAction({
  permission: "users:manage",
  schema: setPasswordSchema,
  run: async (user, input) => refresh(await setPassword(user, input)),
});
