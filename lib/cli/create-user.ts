// npm run user:create -- --email a@b.vn [--name "Nguyễn Văn A"] [--role ADMIN|MANAGER|STAFF|VIEWER]
// The password comes from NEW_USER_PASSWORD, or is asked on the terminal (twice, not echoed).
// Database: DATABASE_URL (also read from .env.local/.env), else the embedded one of a running `npm start`.
import path from "node:path";
import readline from "node:readline/promises";
import { Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword, PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { isUniqueViolation } from "@/lib/db-errors";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createUserSchema, type CreateUserInput } from "@/lib/users/schemas";
import { databaseUrl, embeddedAdminUrl } from "./embedded-db.mjs";
import { dataDirOf, EMBEDDED_DB, loadDotEnv, parsePort } from "./start-steps.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export type CreatedUser = { id: number; email: string; name: string; role: CreateUserInput["role"] };

/**
 * Creates the user with an argon2id hash and its CREATE audit row, in one transaction. There is no
 * acting user (the operator at the console), so the audit row has no actor and says where it came from.
 */
export async function createUserFromCli(client: PrismaClient, input: CreateUserInput, operator: string): Promise<CreatedUser> {
  const passwordHash = await hashPassword(input.password);
  return client.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await writeAudit(tx, {
      actor: null,
      action: "CREATE",
      entity: "User",
      entityId: user.id,
      changes: { email: { from: null, to: user.email }, name: { from: null, to: user.name }, role: { from: null, to: user.role } },
      meta: { source: "cli:user:create", operator },
    });
    return user;
  });
}

/** Parses and validates the command line; the name defaults to the email's local part, the role to VIEWER. */
export function parseCreateUserArgs(argv: string[]): Omit<CreateUserInput, "password"> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
    strict: true,
  });
  const email = values.email ?? "";
  const parsed = createUserSchema.omit({ password: true }).safeParse({
    email,
    name: values.name ?? email.split("@")[0],
    role: (values.role ?? "VIEWER").toUpperCase(),
  });
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((i) => `--${String(i.path[0])}`))].join(", ");
    throw new UsageError(`Giá trị không hợp lệ: ${fields} / Invalid value for ${fields}`);
  }
  return parsed.data;
}

/** The password rule of the app (lib/users/schemas.ts). */
export function checkPassword(password: string): string {
  if (!createUserSchema.shape.password.safeParse(password).success) {
    throw new UsageError(`Mật khẩu cần ${PASSWORD_MIN_LENGTH}–200 ký tự / The password needs ${PASSWORD_MIN_LENGTH}–200 characters`);
  }
  return password;
}

class UsageError extends Error {}

function resolveDatabaseUrl(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const port = parsePort(env.EMBEDDED_PG_PORT, EMBEDDED_DB.defaultPort, "EMBEDDED_PG_PORT");
  const admin = embeddedAdminUrl(path.join(dataDirOf(ROOT, env), "pg"), port);
  if (!admin) throw new UsageError("Chưa đặt DATABASE_URL và chưa có CSDL nhúng / DATABASE_URL is unset and there is no embedded database");
  console.log(`CSDL nhúng của "npm start" (phải đang chạy), cổng ${port} / The embedded database of "npm start" (must be running), port ${port}`);
  return databaseUrl(admin, EMBEDDED_DB.name);
}

async function askHidden(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stdout.write(question);
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  rl.on("SIGINT", () => {
    process.stdout.write("\n");
    process.exit(130);
  });
  try {
    return await rl.question("");
  } finally {
    rl.close();
    process.stdout.write("\n");
  }
}

async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.NEW_USER_PASSWORD) return env.NEW_USER_PASSWORD;
  if (!process.stdin.isTTY) throw new UsageError("Đặt NEW_USER_PASSWORD hoặc chạy trong terminal / Set NEW_USER_PASSWORD or run in a terminal");
  const password = await askHidden("Mật khẩu / Password: ");
  if ((await askHidden("Nhập lại / Repeat: ")) !== password) throw new UsageError("Hai lần nhập không khớp / The passwords differ");
  return password;
}

async function main(): Promise<number> {
  const env = { ...process.env };
  loadDotEnv(ROOT, env);
  let client: PrismaClient | undefined;
  try {
    const fields = parseCreateUserArgs(process.argv.slice(2));
    const url = resolveDatabaseUrl(env);
    const password = checkPassword(await readPassword(env));
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const user = await createUserFromCli(client, { ...fields, password }, env.USER ?? env.LOGNAME ?? "unknown").catch((e) => {
      if (!isUniqueViolation(e)) throw e;
      throw new UsageError(`Email ${fields.email} đã có người dùng / A user with email ${fields.email} already exists`);
    });
    console.log(`Đã tạo người dùng #${user.id} ${user.email} (${user.role}) / Created user #${user.id} ${user.email} (${user.role})`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e instanceof Error && e.name === "TypeError" && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      console.error(e.message);
      console.error('Cách dùng / Usage: npm run user:create -- --email a@b.vn --name "Nguyễn Văn A" --role ADMIN');
      return 2;
    }
    console.error(e instanceof Error ? e.message : e);
    return 1;
  } finally {
    await client?.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
