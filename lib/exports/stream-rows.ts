import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Rows fetched per round trip: large enough to be quick, small enough that memory stays flat. */
export const EXPORT_BATCH = 1_000;

const DATE_OID = 1082;
/**
 * As Prisma reads them: a `date` is midnight UTC (pg's default would be local midnight); numeric
 * stays an exact string, int4 a number, bool a boolean, enums their text.
 */
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === DATE_OID ? (value: string) => new Date(`${value}T00:00:00Z`) : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

/**
 * Runs `query` (the list's own SELECT, in the list's own order, no LIMIT) through a server-side
 * cursor on a connection of its own, and hands the rows to `onBatch` a batch at a time, waiting
 * for it before fetching more, so that a slow download holds back the database instead of filling
 * memory. One READ ONLY REPEATABLE READ transaction: every batch sees the same snapshot. Plain pg
 * rather than Prisma here: at 100,000 rows Prisma's raw-query path costs twice the time and
 * memory, and the export writes nothing (its audit row is written by the caller, through Prisma).
 */
export async function streamRows<T>(query: Prisma.Sql, onBatch: (rows: T[]) => Promise<void>): Promise<number> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query({ text: `DECLARE export_rows NO SCROLL CURSOR FOR ${query.text}`, values: query.values });
    let written = 0;
    for (;;) {
      const { rows } = await client.query<T & pg.QueryResultRow>({ text: `FETCH ${EXPORT_BATCH} FROM export_rows`, types: TYPES });
      if (rows.length === 0) break;
      await onBatch(rows);
      written += rows.length;
      if (rows.length < EXPORT_BATCH) break;
    }
    await client.query("COMMIT");
    return written;
  } finally {
    // A failure leaves the transaction open: closing the connection rolls it back.
    await client.end();
  }
}
