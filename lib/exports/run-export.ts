import "server-only";
import type { Writable } from "node:stream";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { writeAudit } from "@/lib/audit/write-audit";
import type { RawSearchParams } from "@/lib/data-table/url";
import { db } from "@/lib/db";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { todayInVietnam } from "@/lib/rates/get-rate";
import { collectGarbage } from "./collect-garbage";
import { exportFilename } from "./filename";
import { csvSink, xlsxSink, type ExportFormat, type ExportNotes } from "./sinks";
import { streamRows } from "./stream-rows";
import { translatorFor, type ExportViewName, type ViewExport } from "./view";
import { viewDefinition } from "./views";

/** How often a long export returns its garbage (collect-garbage.ts says why). */
const COLLECT_EVERY_ROWS = 5_000;

export type PreparedExport = {
  /** Rows the list's filters match (sent ahead of the body, so that the page can show progress). */
  total: number;
  filename: string;
  contentType: string;
  /** Streams the file into `output` (and ends it), audits the export, and returns the rows written. */
  write: (output: Writable) => Promise<number>;
};

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/**
 * An export of one list view with exactly the filters and sort of its URL. Refused unless the
 * actor may export (exports:run) and read the list (its own permission); the rows are counted
 * first and streamed later by `write`, in batches through a cursor.
 */
export async function runExport(
  actor: CurrentUser | null,
  view: ExportViewName,
  searchParams: RawSearchParams,
  format: ExportFormat,
  locale: Locale,
  options: { now?: Date } = {},
): Promise<PreparedExport> {
  assertCan(actor, "exports:run");
  const definition = viewDefinition(view);
  assertCan(actor, definition.permission);
  const t = translatorFor(locale);
  const prepared = await definition.prepare(actor, searchParams, { locale, t });
  const [counted] = await db.$queryRaw<{ count: number }[]>(prepared.count);
  const now = options.now ?? new Date();
  return {
    total: counted?.count ?? 0,
    filename: exportFilename(prepared.title, now, format),
    contentType: CONTENT_TYPES[format],
    write: (output) => writeExport(actor, view, format, prepared, output, { locale, now, t }),
  };
}

async function writeExport<R>(
  actor: CurrentUser,
  view: ExportViewName,
  format: ExportFormat,
  prepared: ViewExport<R>,
  output: Writable,
  ctx: { locale: Locale; now: Date; t: ReturnType<typeof translatorFor> },
): Promise<number> {
  const sink = format === "xlsx" ? xlsxSink(output, prepared.columns, prepared.title) : csvSink(output, prepared.columns);
  try {
    let sinceCollected = 0;
    const written = await streamRows<R>(prepared.query, async (rows) => {
      await sink.rows(rows.map(prepared.cells));
      sinceCollected += rows.length;
      if (sinceCollected >= COLLECT_EVERY_ROWS) {
        sinceCollected = 0;
        collectGarbage();
      }
    });
    await sink.finish(notesOf(prepared, actor, written, ctx));
    // Audited once the whole file has been handed to the reader; a cancelled download is not an export.
    await db.$transaction((tx) =>
      writeAudit(tx, { actor, action: "EXPORT", entity: "Export", entityId: view, meta: { view, format, filters: prepared.params, rows: written } }),
    );
    return written;
  } catch (error) {
    // A half-written file must not look complete: the reader sees the stream fail.
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error instanceof AppError ? error : new AppError("INTERNAL");
  }
}

function notesOf<R>(prepared: ViewExport<R>, actor: CurrentUser, rows: number, ctx: { locale: Locale; now: Date; t: ReturnType<typeof translatorFor> }): ExportNotes {
  const { t, locale, now } = ctx;
  const filters = prepared.filters.length > 0 ? prepared.filters : [{ label: t("exports.notes.filters"), value: t("exports.notes.noFilters") }];
  return {
    title: t("exports.notes.sheet"),
    lines: [
      { label: t("exports.notes.view"), value: prepared.title },
      ...filters,
      prepared.sort,
      { label: t("exports.notes.reportDate"), value: formatDate(todayInVietnam(), locale) },
      { label: t("exports.notes.exportedAt"), value: formatDateTime(now, locale) },
      { label: t("exports.notes.exportedBy"), value: `${actor.name} <${actor.email}>` },
      { label: t("exports.notes.rows"), value: String(rows) },
    ],
  };
}
