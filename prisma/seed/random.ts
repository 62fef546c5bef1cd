import { Faker, base } from "@faker-js/faker";

/**
 * A seeded source of randomness. Each generator draws from its own named stream, so adding a draw
 * to one generator does not reshuffle the data of all the others.
 */
export class Rng {
  private readonly faker = new Faker({ locale: base });

  constructor(seed: number, stream: string) {
    this.faker.seed([seed, fnv1a(stream)]);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.faker.number.float();
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  real(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * Log-normal around `median`, within [min, max]: amounts of money are skewed, not bell-shaped.
   * Out-of-range draws are redrawn rather than clamped, which would pile values up on the bounds.
   */
  logNormal(median: number, sigma: number, min: number, max: number): number {
    for (let attempt = 0; attempt < 20; attempt++) {
      const u1 = 1 - this.next(); // (0, 1]: log(0) is not a number
      const u2 = this.next();
      const value = median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2));
      if (value >= min && value <= max) return value;
    }
    return this.real(min, max);
  }

  shuffle<T>(items: readonly T[]): T[] {
    const result = [...items];
    for (let i = result.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [result[i], result[j]] = [result[j] as T, result[i] as T];
    }
    return result;
  }

  digits(count: number): string {
    let result = "";
    for (let i = 0; i < count; i++) result += String(Math.floor(this.next() * 10));
    return result;
  }

  letter(): string {
    return String.fromCharCode(65 + Math.floor(this.next() * 26));
  }

  weighted<T>(table: Weighted<T>): T {
    return table.draw(this.next());
  }
}

/** A weighted list, prepared once and drawn from many times (binary search on cumulative weights). */
export class Weighted<T> {
  private readonly values: T[] = [];
  private readonly cumulative: number[] = [];

  constructor(entries: Iterable<readonly [T, number]>) {
    let total = 0;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      total += weight;
      this.values.push(value);
      this.cumulative.push(total);
    }
    if (this.values.length === 0) throw new Error("a weighted list needs a positive weight");
  }

  draw(unit: number): T {
    const target = unit * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo] as T;
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
