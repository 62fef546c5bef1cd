import { Prisma } from "@/lib/generated/prisma/client";

/** A unique constraint refused the write (Prisma P2002), e.g. a code or email already taken. */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
