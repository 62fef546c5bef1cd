// Names sort the Vietnamese way ("Đông Á" between "Dũng" and "Em", not after "Z") when the
// PostgreSQL server has ICU's Vietnamese collation, as the embedded server and Debian's have.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export const VIETNAMESE_COLLATION = "vi-VN-x-icu";

let probe: Promise<Prisma.Sql> | undefined;

/**
 * `COLLATE "vi-VN-x-icu"` for ORDER BY on names, or nothing (the database's own collation) on a
 * server built without ICU. Asked once per process.
 */
export function vietnameseCollation(): Promise<Prisma.Sql> {
  probe ??= db.$queryRaw<{ found: boolean }[]>`SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = ${VIETNAMESE_COLLATION}) AS found`.then(
    ([row]) => (row?.found ? Prisma.raw(`COLLATE "${VIETNAMESE_COLLATION}"`) : Prisma.empty),
    () => {
      probe = undefined; // ask again next time
      return Prisma.empty;
    },
  );
  return probe;
}
