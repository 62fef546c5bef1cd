import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { InvestorKind } from "@/lib/generated/prisma/enums";

export type InvestorOption = { id: number; name: string; kind: InvestorKind; country: string; identifier: string | null };

export const SUGGEST_LIMIT = 10;

/**
 * The investor picker's search-as-you-type: a few investors whose name or identifier contains the
 * text, accents and case ignored ("cong ty samsung" finds "Công ty Samsung"), through the trigram
 * index on Investor.searchText. The text is a bound parameter with LIKE's wildcards escaped.
 */
export async function suggestInvestors(actor: CurrentUser | null, query: string): Promise<InvestorOption[]> {
  assertCan(actor, "projects:read");
  const text = query.trim().slice(0, 100);
  if (text.length === 0) return [];
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.$queryRaw<InvestorOption[]>`
    SELECT id, name, kind::text AS kind, country, identifier
    FROM "Investor"
    WHERE "searchText" LIKE ipa_search_text(ARRAY[${pattern}])
    ORDER BY ("searchText" LIKE ipa_search_text(ARRAY[${`${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}])) DESC, length(name), name, id
    LIMIT ${SUGGEST_LIMIT}`;
}
