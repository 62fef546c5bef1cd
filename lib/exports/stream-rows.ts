import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Rows fetched per round trip: large enough to be quick, small enough that memory stays flat. */
export const EXPORT_BATCH = 2_000;
/** An export holds its snapshot open this long at most (100,000 rows take a few seconds). */
const EXPORT_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs `query` (the list's own SELECT, in the list's own order, no LIMIT) through a server-side
 * cursor and hands the rows to `onBatch` a batch at a time, waiting for it before fetching more,
 * so that a slow download holds back the database instead of filling memory. One REPEATABLE READ
 * transaction: every batch sees the same snapshot. `finish` runs in that transaction after the
 * last batch (the audit row, with the count actually written).
 */
export async function streamRows<T>(
  query: Prisma.Sql,
  onBatch: (rows: T[]) => Promise<void>,
  finish: (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], written: number) => Promise<void>,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`DECLARE export_rows NO SCROLL CURSOR FOR ${query}`;
      let written = 0;
      for (;;) {
        const rows = await tx.$queryRawUnsafe<T[]>(`FETCH ${EXPORT_BATCH} FROM export_rows`);
        if (rows.length === 0) break;
        await onBatch(rows);
        written += rows.length;
        if (rows.length < EXPORT_BATCH) break;
      }
      await tx.$executeRawUnsafe(`CLOSE export_rows`);
      await finish(tx, written);
      return written;
    },
    { isolationLevel: "RepeatableRead", timeout: EXPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}
