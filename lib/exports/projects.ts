import "server-only";
import type { Writable } from "node:stream";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { RawSearchParams } from "@/lib/data-table/url";
import type { Locale } from "@/lib/i18n/locale";
import { runExport } from "./run-export";

export { projectSheetCells, projectSheetColumns, type ProjectSheetRow } from "./views/projects";

/** The projects sheet for a list URL, written to `output` (used by the route and the import's round-trip test). */
export async function writeProjectsXlsx(actor: CurrentUser | null, searchParams: RawSearchParams, locale: Locale, output: Writable): Promise<number> {
  const run = await runExport(actor, "projects", searchParams, "xlsx", locale);
  return run.write(output);
}
