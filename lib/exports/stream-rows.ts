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

/** A query's rows, read through a server-side cursor. */
export type RowCursor<T> = {
  /**
   * Hands every row to `onBatch` a batch at a time and returns how many, waiting for it before
   * fetching more, so that a slow reader holds the database back instead of filling memory.
   */
  stream(onBatch: (rows: T[]) => Promise<void>): Promise<number>;
};

/** Statements run in one snapshot (see readSnapshot). */
export type Snapshot = {
  /** All rows of a short statement (a count, the first rows of a list). */
  rows<T>(query: Prisma.Sql): Promise<T[]>;
  /**
   * Declares a cursor for `query` and fetches its first batch at once: a sorted query does all
   * its work for that first batch, which then happens while the caller does something else.
   * `batch` rows per fetch (EXPORT_BATCH by default): a larger one makes fewer round trips, which
   * count on a busy machine, for the memory of the rows it holds.
   */
  open<T>(query: Prisma.Sql, options?: { batch?: number }): RowCursor<T>;
};

/**
 * Runs `work` in one READ ONLY REPEATABLE READ transaction on a connection of its own, so that
 * every statement it issues, and every batch of every cursor, sees the same snapshot (a list's
 * count and its rows agree). Statements are queued on the connection in the order they are
 * issued. Plain pg rather than Prisma here: at 100,000 rows Prisma's raw-query path costs twice
 * the time and memory, and nothing here writes (an export's or bulletin's own rows are written by
 * the caller, through Prisma).
 */
export async function readSnapshot<R>(work: (snapshot: Snapshot) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: env().DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // pg (8.x deprecates, 9 refuses) will not queue a query behind a running one: statements are
    // chained here instead, each sent when the one before it has finished, failed or not.
    let last: Promise<unknown> = Promise.resolve();
    const query = <T extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<T>> => {
      const result = last.then(() => client.query<T>(config));
      last = result.catch(() => undefined);
      return result;
    };
    let cursors = 0;
    const snapshot: Snapshot = {
      async rows<T>(sql: Prisma.Sql) {
        const { rows } = await query<T & pg.QueryResultRow>({ text: sql.text, values: sql.values, types: TYPES });
        return rows;
      },
      open<T>(sql: Prisma.Sql, { batch: size = EXPORT_BATCH }: { batch?: number } = {}): RowCursor<T> {
        // One name per cursor: a work may read several.
        const cursor = `snapshot_rows_${++cursors}`;
        const fetch = () => {
          const batch = query<T & pg.QueryResultRow>({ text: `FETCH ${size} FROM ${cursor}`, types: TYPES }).then((r) => r.rows);
          // Awaited by stream(); until then (or if the work fails first and closes the
          // connection), its failure must not surface as an unhandled rejection.
          batch.catch(() => undefined);
          return batch;
        };
        const declared = query({ text: `DECLARE ${cursor} NO SCROLL CURSOR FOR ${sql.text}`, values: sql.values });
        declared.catch(() => undefined);
        const first = fetch();
        return {
          async stream(onBatch: (rows: T[]) => Promise<void>) {
            await declared;
            let written = 0;
            for (let rows = await first; rows.length > 0; rows = await fetch()) {
              await onBatch(rows);
              written += rows.length;
              if (rows.length < size) break;
            }
            return written;
          },
        };
      },
    };
    const result = await work(snapshot);
    await query({ text: "COMMIT" });
    return result;
  } finally {
    // A failure leaves the transaction open: closing the connection rolls it back.
    await client.end();
  }
}

/**
 * Runs `query` (the list's own SELECT, in the list's own order, no LIMIT) through a server-side
 * cursor in a snapshot of its own, and hands the rows to `onBatch` a batch at a time (RowCursor).
 */
export async function streamRows<T>(query: Prisma.Sql, onBatch: (rows: T[]) => Promise<void>): Promise<number> {
  return readSnapshot((snapshot) => snapshot.open<T>(query).stream(onBatch));
}
