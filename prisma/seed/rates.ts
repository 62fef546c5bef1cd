import type { SeedContext } from "./config";
import { day, isoDay, monthOf, stamp } from "./dates";
import { Money } from "./money";
import { Rng } from "./random";
import type { ExchangeRateRow } from "./rows";

export interface Rates {
  rows: ExchangeRateRow[];
  /** The plan-year convention rate (VND per USD) that the board converts a year's capital with;
   *  years outside the table take the nearest year's rate. */
  planRate: (year: number) => Money;
}

/** Monthly SBV central rates drifting up to about 25,400 VND/USD this month, and one plan rate per year. */
export function generateExchangeRates(ctx: SeedContext): Rates {
  const rng = new Rng(ctx.seed, "rates");
  const years = Math.max(3, ctx.config.indicatorYears);
  const firstYear = ctx.year - years + 1;
  const currentMonthIndex = ctx.year * 12 + monthOf(ctx.today) - 1;
  const rows: ExchangeRateRow[] = [];
  const january = new Map<number, number>();

  for (let y = firstYear; y <= ctx.year; y++) {
    for (let m = 1; m <= 12; m++) {
      const monthsBack = currentMonthIndex - (y * 12 + m - 1);
      if (monthsBack < 0) break;
      // about 1,900 VND over the last three years, slower before
      const trend = monthsBack <= 36 ? 25_400 - (1_900 * monthsBack) / 36 : 23_500 - 25 * (monthsBack - 36);
      const rate = Math.round(trend + rng.int(-20, 20));
      if (m === 1) january.set(y, rate);
      rows.push(rateRow(rows.length + 1, rate, day(y, m, 1), "SBV_CENTRAL", "Tỷ giá trung tâm do Ngân hàng Nhà nước công bố"));
    }
  }
  const plan = new Map<number, Money>();
  for (let y = firstYear; y <= ctx.year; y++) {
    const rate = Math.round((january.get(y) ?? 25_000) / 100) * 100;
    plan.set(y, new Money(rate));
    rows.push(rateRow(rows.length + 1, rate, day(y, 1, 1), "PLAN_YEAR", `Tỷ giá quy đổi theo kế hoạch năm ${y}`));
  }
  return {
    rows,
    planRate: (year) => {
      const rate = plan.get(Math.min(ctx.year, Math.max(firstYear, year)));
      if (!rate) throw new Error(`No plan-year rate for ${year}`);
      return rate;
    },
  };
}

function rateRow(id: number, rate: number, effectiveOn: number, source: ExchangeRateRow["source"], note: string): ExchangeRateRow {
  const at = stamp(effectiveOn);
  return { id, base: "USD", quote: "VND", rate: rate.toFixed(4), effectiveOn: isoDay(effectiveOn), source, note, createdAt: at, updatedAt: at };
}
