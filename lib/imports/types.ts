import type { Tx } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import type { SheetColumn } from "@/lib/spreadsheet/project-columns";
import type { Mapping } from "./columns";
import type { Cell, SheetRow } from "./read-sheet";

export type RowAction = "create" | "update" | "skip" | "error";
/** One problem of a row: the column (a column key, or "_row") and an i18n key with its values. */
export type RowIssue = { column: string; key: string; values?: Record<string, string | number> };
/** The preview of one row: what the commit will do with it, and why. */
export type RowResult = { row: number; action: RowAction; label: string; issues: RowIssue[]; changed?: string[] };
export type Counts = Record<RowAction, number>;

export type Progress = (done: number) => Promise<void>;

/** What validation found, and what the commit of the same kind needs to write it. */
export type Checked<P> = { results: RowResult[]; plan: P };

/** One kind of import: its columns, a template's example row, and validate → commit. */
export type ImportKindDef<P> = {
  columns: readonly SheetColumn[];
  /** What the records' own forms need, checked besides imports:run. */
  permission: Permission;
  /** Column keys that must be mapped before a preview. */
  required: readonly string[];
  example: Record<string, Cell>;
  /** Reads the database through `client` only (a transaction at commit), writes nothing. */
  validate: (client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress) => Promise<Checked<P>>;
  /** Writes the plan inside the commit's transaction; throws AppError to roll everything back. */
  commit: (tx: Tx, actor: CurrentUser, plan: P, progress: Progress) => Promise<void>;
};

export function countResults(results: RowResult[]): Counts {
  const counts: Counts = { create: 0, update: 0, skip: 0, error: 0 };
  for (const r of results) counts[r.action] += 1;
  return counts;
}
