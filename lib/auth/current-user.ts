import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type CurrentUser = { id: number; email: string; name: string; role: Role };

/** The signed-in, active user of this request, or null. Read from the database every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const uid = session?.uid;
  if (typeof uid !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: uid },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});
