import { chmodSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline schema engine: unless a native engine is requested, point the CLI at the
// wasm-backed stand-in (prisma/engine/schema-engine.mjs). Opt out with PRISMA_NATIVE_SCHEMA_ENGINE=1
// (then Prisma downloads its native engine as usual) or set PRISMA_SCHEMA_ENGINE_BINARY yourself.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY && process.env.PRISMA_NATIVE_SCHEMA_ENGINE !== "1") {
  const shim = path.join(import.meta.dirname, "prisma/engine/schema-engine.mjs");
  chmodSync(shim, 0o755); // the CLI spawns it directly
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = shim;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `prisma generate` must work without a database, so no env() (which throws when unset).
  datasource: { url: process.env.DATABASE_URL ?? "", shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});
