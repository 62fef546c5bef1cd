import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "./get-rate";
import { isInForce, type RateListParams } from "./schemas";

export type RateRow = {
  id: number;
  source: RateSource;
  /** Exact decimal text, VND per USD ("25450.5"). */
  rate: string;
  effectiveOn: Date;
  note: string | null;
  version: number;
  updatedAt: Date;
  /** On or after its effective date: it may have converted figures, so it is corrected, never deleted. */
  inForce: boolean;
};

export type RatePage = { data: RateRow[]; count: number; page: number; perPage: number; totalPages: number };

/**
 * One page of USD/VND rates, newest effective date first, for everyone who reads projects. A page
 * past the end shows the last page, so a stale link after a deletion still shows rows.
 */
export async function listRates(actor: CurrentUser | null, params: RateListParams, today = todayInVietnam()): Promise<RatePage> {
  assertCan(actor, "projects:read");
  const where: Prisma.ExchangeRateWhereInput = { base: "USD", quote: "VND", ...(params.source ? { source: params.source } : {}) };
  const count = await db.exchangeRate.count({ where });
  const totalPages = Math.max(1, Math.ceil(count / params.perPage));
  const page = Math.min(params.page, totalPages);
  const rows = await db.exchangeRate.findMany({
    where,
    orderBy: [{ effectiveOn: "desc" }, { source: "asc" }, { id: "desc" }],
    skip: (page - 1) * params.perPage,
    take: params.perPage,
    select: { id: true, source: true, rate: true, effectiveOn: true, note: true, version: true, updatedAt: true },
  });
  const data = rows.map((r) => ({ ...r, rate: r.rate.toString(), inForce: isInForce(r.effectiveOn, today) }));
  return { data, count, page, perPage: params.perPage, totalPages };
}
