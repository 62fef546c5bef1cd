"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, resolveLocale } from "./locale";

// Anyone, signed in or not, may choose the language; it only sets a cookie.
export async function setLocale(value: string): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, resolveLocale(value), {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
  });
}
