import type { ClientBase } from "pg";

/** PostgreSQL type of a column's values; an enum is named by its quoted type name. */
export type PgType = "int4" | "text" | "bool" | "date" | "timestamp" | "numeric" | "numeric[]" | `"${string}"`;

/** Every column of a row, so that a row type gaining a field fails to compile here rather than insert NULL. */
export type Columns<R> = { readonly [K in keyof R]-?: PgType };

export interface InsertOptions {
  chunkSize?: number;
}

const DEFAULT_CHUNK = 10_000;

/** Inserts a table's rows in one transaction of its own (see insertRows). */
export async function bulkInsert<R extends object>(
  client: ClientBase,
  table: string,
  columns: Columns<R>,
  rows: readonly R[],
  options: InsertOptions = {},
): Promise<number> {
  await client.query("BEGIN");
  try {
    await insertRows(client, table, columns, rows, options);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return rows.length;
}

/**
 * Inserts rows with one `INSERT … SELECT FROM unnest($1::type[], $2::type[], …)` per chunk, inside
 * the caller's transaction: a column travels as one array parameter, so 10,000 rows cost one round
 * trip and one plan, not 10,000.
 */
export async function insertRows<R extends object>(
  client: ClientBase,
  table: string,
  columns: Columns<R>,
  rows: readonly R[],
  options: InsertOptions = {},
): Promise<void> {
  const names = Object.keys(columns) as (keyof R & string)[];
  const types = names.map((name) => columns[name]);
  const sql = insertSql(table, names, types);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = names.map((name, i) => chunk.map((row) => toParam(row[name], types[i])));
    try {
      await client.query(sql, params);
    } catch (error) {
      throw new Error(`Inserting into "${table}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}

function insertSql(table: string, names: readonly string[], types: readonly (PgType | undefined)[]): string {
  const aliases = names.map((_, i) => `c${i}`);
  // unnest flattens arrays of arrays, so an array column travels as the text of each array and is cast back.
  const params = types.map((type, i) => (type === "numeric[]" ? `$${i + 1}::text[]` : `$${i + 1}::${type}[]`));
  const select = types.map((type, i) => (type === "numeric[]" ? `${aliases[i]}::numeric[]` : aliases[i]));
  return (
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT ${select.join(", ")} FROM unnest(${params.join(", ")}) AS u(${aliases.join(", ")})`
  );
}

function toParam(value: unknown, type: PgType | undefined): unknown {
  if (type === "numeric[]" && Array.isArray(value)) return `{${value.join(",")}}`;
  return value;
}
