// The pieces of `npm start` that decide things (no servers, no child processes), so tests can call them.
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { withClient } from "./db-admin.mjs";

/** What a production build is made from. A change to any of these triggers `next build`. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "proxy.ts",
  "prisma/schema.prisma",
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
];
/** Never part of the served app: generated code (follows prisma/schema.prisma), command-line scripts and tests. */
const IGNORED_DIRS = ["lib/generated", "lib/cli", "lib/testing"];
const IGNORED = (/** @type {string} */ rel) =>
  IGNORED_DIRS.includes(rel) || /(^|\/)(node_modules|\.next)$/.test(rel) || /\.test\.tsx?$/.test(rel);

export const SOURCE_HASH_FILE = ".next/ipa-source-hash";

/** Where `npm start` keeps the embedded database when DATABASE_URL is unset. */
export const EMBEDDED_DB = { defaultPort: 54329, name: "ipa" };

/**
 * The folder for local state (embedded database in pg/, auth-secret, demo-logins.txt): $IPA_DATA_DIR or .data.
 * @param {string} root
 * @param {Record<string, string | undefined>} env
 */
export function dataDirOf(root, env) {
  return path.resolve(root, env.IPA_DATA_DIR || ".data");
}

/** One log line, Vietnamese first, then English. */
export function say(/** @type {string} */ vi, /** @type {string} */ en) {
  console.log(`[ipa] ${vi} / ${en}`);
}

/** An error line on stderr, Vietnamese first, then English. */
export function warn(/** @type {string} */ vi, /** @type {string} */ en) {
  console.error(`[ipa] ✖ ${vi} / ${en}`);
}

/**
 * Loads `.env.local`, then `.env` from `root` into `env` without overriding what is already set (the
 * order Next uses), so that a DATABASE_URL written there is seen here and not only inside Next.
 * @param {string} root
 * @param {Record<string, string | undefined>} env
 * @returns {string[]} the files read
 */
export function loadDotEnv(root, env) {
  const read = [];
  for (const name of [".env.local", ".env"]) {
    const file = path.join(root, name);
    if (!existsSync(file)) continue;
    for (const [key, value] of Object.entries(parseEnv(readFileSync(file, "utf8")))) env[key] ??= value;
    read.push(name);
  }
  return read;
}

/**
 * A sha256 over the paths and contents of every file in `inputs` (relative to `root`), in a stable order.
 * @param {string} root
 * @param {readonly string[]} [inputs]
 */
export function sourceHash(root, inputs = BUILD_INPUTS) {
  const hash = createHash("sha256");
  const visit = (/** @type {string} */ rel) => {
    if (IGNORED(rel)) return;
    const abs = path.join(root, rel);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      return; // missing input (e.g. no public/ yet)
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(`${rel}/${name}`);
    } else if (stat.isFile()) {
      hash.update(`${rel}\0`).update(readFileSync(abs)).update("\0");
    }
  };
  for (const rel of [...inputs].sort()) visit(rel);
  return hash.digest("hex");
}

/**
 * Whether `next build` must run before `next start`, and why.
 * @param {string} root
 * @returns {{ needed: boolean, reason: "no-build" | "sources-changed" | "up-to-date", hash: string }}
 */
export function buildStatus(root) {
  const hash = sourceHash(root);
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) return { needed: true, reason: "no-build", hash };
  let stored = "";
  try {
    stored = readFileSync(path.join(root, SOURCE_HASH_FILE), "utf8").trim();
  } catch {
    // a build made by hand (`npm run build`): we cannot tell what it was built from
  }
  return stored === hash ? { needed: false, reason: "up-to-date", hash } : { needed: true, reason: "sources-changed", hash };
}

/** Remembers what the successful build in .next was made from. */
export function recordBuild(/** @type {string} */ root, /** @type {string} */ hash) {
  writeFileSync(path.join(root, SOURCE_HASH_FILE), `${hash}\n`);
}

/**
 * The secret stored in `file`, created (random, mode 600) on first use.
 * @param {string} file
 * @returns {{ secret: string, created: boolean }}
 */
export function loadOrCreateSecret(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" }); // wx: never overwrite
    return { secret, created: true };
  } catch (e) {
    if (/** @type {{ code?: string }} */ (e).code !== "EEXIST") throw e;
  }
  chmodSync(file, 0o600);
  const stored = readFileSync(file, "utf8").trim();
  if (stored.length < 32) throw new Error(`${file} holds no usable secret; delete it to make a new one`);
  return { secret: stored, created: false };
}

/**
 * A TCP port from an environment variable, or the default.
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {string} name for the error message
 */
export function parsePort(value, fallback, name) {
  if (value === undefined || value === "") return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${value} is not a TCP port (1–65535)`);
  return port;
}

/**
 * How many users the database has.
 * @param {string} url
 * @returns {Promise<number>}
 */
export function countUsers(url) {
  return withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM "User"')).rows[0].n);
}

/**
 * A bilingual hint for the usual ways a database URL fails, or undefined.
 * @param {unknown} error
 */
export function explainDatabaseError(error) {
  const code = /** @type {{ code?: string } | undefined} */ (error)?.code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EHOSTUNREACH") {
    return "Không kết nối được máy chủ CSDL trong DATABASE_URL / Cannot reach the database server in DATABASE_URL";
  }
  if (code === "3D000") return "CSDL trong DATABASE_URL chưa tồn tại: tạo nó trước / The database in DATABASE_URL does not exist: create it first";
  if (code === "28P01" || code === "28000") return "Máy chủ CSDL từ chối tài khoản/mật khẩu / The database server refused the user or password";
  return undefined;
}

/**
 * The environment `next start` is served with. glibc raises its mmap threshold to the size of the
 * largest block freed so far (up to 32 MiB). The first sign-in frees argon2's 19 MiB block, and
 * from then on blocks up to that size come from malloc arenas that glibc rarely gives back: the
 * server's RSS after one sign-in was ~45 MB higher for it (239 vs 192 MB, measured). A fixed
 * threshold at glibc's own default (128 KiB) keeps large blocks in mmap, returned when freed.
 * Only glibc reads it (musl ignores it); a value set by the operator is kept.
 * @template {Record<string, string | undefined>} E
 * @param {E} env
 * @returns {E & { MALLOC_MMAP_THRESHOLD_: string }}
 */
export function serverEnv(env) {
  return { ...env, MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ || "131072" };
}
