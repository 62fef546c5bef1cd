// Free-text search over a `searchText` column that triggers keep as lower(unaccent(…)) (see the
// project_search migration): the query gets the same normalisation, so "cong ty" finds "Công ty".
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** `%`, `_` and the escape character itself match literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `column LIKE '%' || lower(unaccent(q)) || '%'`, with q a bound parameter whose wildcards are
 * escaped. The pattern is a stable expression of one parameter, which a pg_trgm GIN index serves.
 */
export function searchTextContains(column: Prisma.Sql, q: string): Prisma.Sql {
  return Prisma.sql`${column} LIKE '%' || lower(unaccent(${escapeLike(q)}::text)) || '%'`;
}
