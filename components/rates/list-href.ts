import { DEFAULT_PER_PAGE, type RateListParams } from "@/lib/rates/schemas";

/** The /rates URL of a list view; defaults are left out so that links stay short and shareable. */
export function rateListHref(params: RateListParams, patch: Partial<RateListParams> = {}): string {
  const next = { ...params, ...patch };
  const query = new URLSearchParams();
  if (next.source) query.set("source", next.source);
  if (next.perPage !== DEFAULT_PER_PAGE) query.set("perPage", String(next.perPage));
  if (next.page > 1) query.set("page", String(next.page));
  const text = query.toString();
  return text ? `/rates?${text}` : "/rates";
}
