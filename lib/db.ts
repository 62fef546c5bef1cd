import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type { Prisma } from "@/lib/generated/prisma/client";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const holder = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DB_POOL_MAX, DB_LOG_QUERIES } = env();
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: DATABASE_URL, max: DB_POOL_MAX }),
    log: DB_LOG_QUERIES === "1" ? [{ level: "query", emit: "event" }] : [],
  });
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    holder.prisma ??= createClient();
    const value = Reflect.get(holder.prisma, prop);
    return typeof value === "function" ? value.bind(holder.prisma) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
