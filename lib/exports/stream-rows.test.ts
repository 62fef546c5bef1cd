import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_BATCH, readSnapshot, streamRows } from "./stream-rows";

// The cursor reader on a real database: every row once, in order, a batch at a time; several
// cursors and statements in one snapshot, which a write committed meanwhile does not change.

const series = (n: number) => Prisma.sql`SELECT g AS n FROM generate_series(1, ${n}::int) g ORDER BY g`;

async function collect(stream: (onBatch: (rows: { n: number }[]) => Promise<void>) => Promise<number>) {
  const batches: number[][] = [];
  const count = await stream(async (rows) => {
    batches.push(rows.map((r) => r.n));
  });
  return { count, sizes: batches.map((b) => b.length), values: batches.flat() };
}

describe("streamRows", () => {
  it("hands over every row once, in order, in batches of EXPORT_BATCH", async () => {
    const total = 2 * EXPORT_BATCH + 500;
    const { count, sizes, values } = await collect((onBatch) => streamRows(series(total), onBatch));
    expect(count).toBe(total);
    expect(sizes).toEqual([EXPORT_BATCH, EXPORT_BATCH, 500]);
    expect(values).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it("an exact multiple of the batch and an empty result", async () => {
    expect((await collect((onBatch) => streamRows(series(EXPORT_BATCH), onBatch))).sizes).toEqual([EXPORT_BATCH]);
    expect(await collect((onBatch) => streamRows(Prisma.sql`SELECT 1 AS n WHERE false`, onBatch))).toEqual({ count: 0, sizes: [], values: [] });
  });
});

describe("readSnapshot", () => {
  it("runs statements and several cursors, read in any order, in one snapshot that later commits do not change", async () => {
    const settings = Prisma.sql`SELECT count(*)::int AS n FROM "Setting"`;
    const before = await db.setting.count();
    const result = await readSnapshot(async (snapshot) => {
      const [counted] = await snapshot.rows<{ n: number }>(settings);
      const long = snapshot.open<{ n: number }>(series(EXPORT_BATCH + 1));
      const short = snapshot.open<{ n: number }>(series(3));
      // committed by another connection after the snapshot was taken
      await db.setting.create({ data: { key: "stream-rows-test", value: "x" } });
      const [again] = await snapshot.rows<{ n: number }>(settings);
      return { counted: counted?.n, again: again?.n, short: await collect((f) => short.stream(f)), long: await collect((f) => long.stream(f)) };
    });
    expect(result.counted).toBe(before);
    expect(result.again).toBe(before);
    expect(result.short).toEqual({ count: 3, sizes: [3], values: [1, 2, 3] });
    expect(result.long.count).toBe(EXPORT_BATCH + 1);
    expect(result.long.sizes).toEqual([EXPORT_BATCH, 1]);
    expect(await db.setting.count()).toBe(before + 1);
  });

  it("a cursor may fetch its own batch size", async () => {
    const read = await readSnapshot((snapshot) => collect((f) => snapshot.open<{ n: number }>(series(12), { batch: 5 }).stream(f)));
    expect(read).toEqual({ count: 12, sizes: [5, 5, 2], values: Array.from({ length: 12 }, (_, i) => i + 1) });
  });

  it("a failing statement fails the work and leaves no open transaction behind", async () => {
    await expect(readSnapshot((snapshot) => snapshot.rows(Prisma.sql`SELECT 1 / 0 AS n`))).rejects.toThrow(/division by zero/);
    await expect(readSnapshot((snapshot) => snapshot.open(Prisma.sql`SELECT no_such_column FROM "Setting"`).stream(async () => {}))).rejects.toThrow(/no_such_column/);
    // the next snapshot works as usual
    expect(await collect((onBatch) => streamRows(series(2), onBatch))).toEqual({ count: 2, sizes: [2], values: [1, 2] });
  });
});
