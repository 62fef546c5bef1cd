import pg from "pg";

export type Stats = { p50: number; p95: number; runs: number };
export type Captured = { query: string; params: unknown[] };

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds. */
export async function time(fn: () => Promise<unknown>, runs: number, warmup = 5): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

/**
 * The same statements the data function issued, replayed one after another on a plain pg
 * connection: the floor that the function's own overhead is compared with.
 */
export async function timeRawSql(url: string, statements: Captured[], runs: number): Promise<Stats> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await time(async () => {
      for (const s of statements) await client.query(s.query, s.params);
    }, runs);
  } finally {
    await client.end();
  }
}
