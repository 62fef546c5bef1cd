import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import type { Mapping } from "./columns";
import { findJob } from "./find-job";
import { PREVIEW_PAGE_SIZE } from "./limits";
import type { Counts, RowAction, RowResult } from "./types";

export type ImportView = {
  id: number;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  done: number;
  total: number;
  headers: string[];
  mapping: Mapping;
  counts: Counts | null;
  failure: string | null;
  rows: { data: RowResult[]; count: number; page: number; perPage: number; totalPages: number };
};

const ACTIONS: RowAction[] = ["create", "update", "skip", "error"];

/**
 * The job as the page shows it, with one page of its preview (filtered by action); the preview is
 * paged in SQL, so a 100,000-row file never travels whole. `progressOnly` skips the rows (polling).
 */
export async function getImport(
  actor: CurrentUser | null,
  input: { id: number; page?: number; action?: string; progressOnly?: boolean },
): Promise<ImportView> {
  assertCan(actor, "imports:run");
  const job = await findJob(actor, input.id);
  const action = ACTIONS.find((a) => a === input.action) ?? "";
  const page = Math.max(1, Math.floor(input.page ?? 1) || 1);
  const view: ImportView = {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    status: job.status,
    done: job.done,
    total: job.total,
    headers: job.headerList,
    mapping: job.mappingOf,
    counts: (job.counts as Counts | null) ?? null,
    failure: job.failure,
    rows: { data: [], count: 0, page, perPage: PREVIEW_PAGE_SIZE, totalPages: 0 },
  };
  if (input.progressOnly || !job.counts) return view;
  const offset = (page - 1) * PREVIEW_PAGE_SIZE;
  const rows = await db.$queryRaw<{ r: RowResult; total: bigint }[]>`
    SELECT e.r, count(*) OVER () AS total
    FROM "ImportJob" j, jsonb_array_elements(j.preview) WITH ORDINALITY AS e(r, n)
    WHERE j.id = ${job.id} AND (${action} = '' OR e.r->>'action' = ${action})
    ORDER BY e.n OFFSET ${offset} LIMIT ${PREVIEW_PAGE_SIZE}`;
  const count = Number(rows[0]?.total ?? (offset > 0 ? await countRows(job.id, action) : 0));
  view.rows = { data: rows.map((x) => x.r), count, page, perPage: PREVIEW_PAGE_SIZE, totalPages: Math.ceil(count / PREVIEW_PAGE_SIZE) };
  return view;
}

async function countRows(id: number, action: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "ImportJob" j, jsonb_array_elements(j.preview) e(r)
    WHERE j.id = ${id} AND (${action} = '' OR e.r->>'action' = ${action})`;
  return Number(rows[0]?.n ?? 0);
}
