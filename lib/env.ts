import { z } from "zod";

// The only reader of process.env. Validated lazily so that `next build` needs no database.
const schema = z.object({
  DATABASE_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  // The benchmark listens to every SQL statement the data functions issue, to time it alone.
  DB_LOG_QUERIES: z.enum(["0", "1"]).default("0"),
  CHROMIUM_PATH: z.string().optional().transform((v) => v || undefined), // empty = Debian's; the browser that prints bulletins to PDF (lib/bulletin/pdf.ts)
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
      throw new Error(`Invalid environment: ${fields}. See .env.example.`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function authSecret(): string | undefined {
  return process.env.NEXTAUTH_SECRET;
}
