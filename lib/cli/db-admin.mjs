// Database chores shared by `npm start` and the test harness: create, drop, address and migrate
// databases on a PostgreSQL server. Plain `pg`, no Prisma CLI (one migration run takes ~0.1 s).
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "../../prisma/engine/migrate-runner.mjs";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/**
 * Runs `fn` with one connected client and always closes it.
 * @template T
 * @param {string} url
 * @param {(client: pg.Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** @param {string} name */
const ident = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * The URL of database `name` on the same server, with the same credentials and options as `adminUrl`.
 * @param {string} adminUrl e.g. postgresql://postgres@127.0.0.1:5432/postgres
 * @param {string} name
 */
export function databaseUrl(adminUrl, name) {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/**
 * Creates database `name`, optionally as a copy of `template` (which must have no open connections).
 * @param {string} adminUrl
 * @param {string} name
 * @param {{ template?: string }} [options]
 */
export async function createDatabase(adminUrl, name, { template } = {}) {
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ""}`));
}

/**
 * Creates database `name` unless it exists. Returns true when it was created.
 * @param {string} adminUrl
 * @param {string} name
 * @returns {Promise<boolean>}
 */
export async function ensureDatabase(adminUrl, name) {
  return withClient(adminUrl, async (c) => {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    try {
      await c.query(`CREATE DATABASE ${ident(name)}`);
      return true;
    } catch (e) {
      if (/** @type {{ code?: string }} */ (e).code === "42P04") return false; // created meanwhile by someone else
      throw e;
    }
  });
}

/**
 * Drops database `name` if it exists, closing its connections first.
 * @param {string} adminUrl
 * @param {string} name
 */
export async function dropDatabase(adminUrl, name) {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/**
 * Applies pending prisma/migrations to `url`, bookkeeping in _prisma_migrations exactly like
 * `prisma migrate deploy`. Returns the names of the migrations it applied (empty: up to date).
 * @param {string} url
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<string[]>}
 */
export async function migrate(url, { log = () => {} } = {}) {
  return withClient(url, (c) => applyMigrations(c, MIGRATIONS_DIR, { log }));
}
