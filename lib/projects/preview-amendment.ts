import { Dec, toDecimal } from "@/lib/format/decimal";

// The capital before → after of an amendment, shown in the form before saving. A pure function of
// the project's chain (initial capital and its amendments), so it runs in the browser; it walks the
// chain in the ledger's order (amendedOn, number, id) exactly like lib/projects/ledger.ts does in
// SQL, which stays the authority when the amendment is saved.

export type ChainEntry = {
  /** null for the amendment being added (it will get the largest id). */
  id: number | null;
  number: number;
  /** ISO date "2026-03-05" or a Date at UTC midnight. */
  amendedOn: string | Date;
  /** Exact decimal string, e.g. "-1500000.50". */
  capitalDelta: string;
};

export type ChainRow = ChainEntry & { capitalBefore: string; capitalAfter: string };

export type ChainResult = {
  rows: ChainRow[];
  currentCapital: string;
  /** The first amendment after which the capital is below zero, if any. */
  firstNegative: ChainRow | null;
};

const time = (d: string | Date) => (typeof d === "string" ? Date.parse(`${d.slice(0, 10)}T00:00:00Z`) : d.getTime());

export function compareLedgerOrder(a: ChainEntry, b: ChainEntry): number {
  return time(a.amendedOn) - time(b.amendedOn) || a.number - b.number || (a.id ?? Infinity) - (b.id ?? Infinity) || 0;
}

/** Walks the chain from the initial capital: capitalBefore/After of every amendment, and the current capital. */
export function walkChain(initialCapital: string, entries: readonly ChainEntry[]): ChainResult {
  let capital = toDecimal(initialCapital) ?? new Dec(0);
  let firstNegative: ChainRow | null = null;
  const rows = [...entries].sort(compareLedgerOrder).map((entry) => {
    const before = capital;
    capital = capital.plus(toDecimal(entry.capitalDelta) ?? 0);
    const row = { ...entry, capitalBefore: before.toFixed(2), capitalAfter: capital.toFixed(2) };
    if (capital.isNegative() && !capital.isZero() && !firstNegative) firstNegative = row;
    return row;
  });
  return { rows, currentCapital: capital.toFixed(2), firstNegative };
}

export type AmendmentPreview = {
  /** The number the amendment will get (the next one when left empty). */
  number: number;
  capitalBefore: string;
  capitalAfter: string;
  currentCapitalBefore: string;
  currentCapitalAfter: string;
  /** Amendments dated after this one whose before/after will shift. */
  laterAmendments: number;
  firstNegative: ChainRow | null;
};

/**
 * Adds (or, with `replaceId`, corrects) one amendment in the chain and says what it does to the
 * capital. `candidate.number` null means "the next number".
 */
export function previewAmendment(
  initialCapital: string,
  amendments: readonly ChainEntry[],
  candidate: { number: number | null; amendedOn: string | Date; capitalDelta: string },
  replaceId: number | null = null,
): AmendmentPreview {
  const others = replaceId === null ? amendments : amendments.filter((a) => a.id !== replaceId);
  const number = candidate.number ?? Math.max(0, ...amendments.map((a) => a.number)) + 1;
  const entry: ChainEntry = { id: replaceId, number, amendedOn: candidate.amendedOn, capitalDelta: candidate.capitalDelta };
  const before = walkChain(initialCapital, amendments);
  const after = walkChain(initialCapital, [...others, entry]);
  const index = after.rows.findIndex((r) => r.id === replaceId);
  const row = after.rows[index];
  return {
    number,
    capitalBefore: row?.capitalBefore ?? before.currentCapital,
    capitalAfter: row?.capitalAfter ?? before.currentCapital,
    currentCapitalBefore: before.currentCapital,
    currentCapitalAfter: after.currentCapital,
    laterAmendments: index < 0 ? 0 : after.rows.length - index - 1,
    firstNegative: after.firstNegative,
  };
}

/** Increases and decreases of a chain, reported separately (never netted silently). */
export function chainTotals(entries: readonly Pick<ChainEntry, "capitalDelta">[]) {
  let increase = new Dec(0);
  let decrease = new Dec(0);
  let increaseCount = 0;
  let decreaseCount = 0;
  for (const e of entries) {
    const d = toDecimal(e.capitalDelta) ?? new Dec(0);
    if (d.isPositive() && !d.isZero()) {
      increase = increase.plus(d);
      increaseCount += 1;
    } else if (d.isNegative() && !d.isZero()) {
      decrease = decrease.plus(d);
      decreaseCount += 1;
    }
  }
  return { increase: increase.toFixed(2), increaseCount, decrease: decrease.toFixed(2), decreaseCount };
}
