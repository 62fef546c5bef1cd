"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ExportViewName } from "@/lib/exports/view";
import { formatCount, formatNumber } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { downloadExport, type ExportProgress } from "./download";

type Format = "xlsx" | "csv";
type State = { kind: "idle" } | { kind: "running"; format: Format; progress: ExportProgress | null } | { kind: "done"; filename: string; rows: number | null } | { kind: "error"; code: string };

const ERROR_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "VALIDATION", "network"] as const;

/**
 * Export buttons for a list: the whole list with the filters and sort of the current URL (or
 * `params`, for a view that is not the page's own list), with progress while the file arrives.
 */
export function ExportMenu({ view, params }: { view: ExportViewName; params?: Record<string, string> }) {
  const t = useTranslations("exports");
  const locale = resolveLocale(useLocale());
  const searchParams = useSearchParams();
  const [state, setState] = useState<State>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const start = async (format: Format) => {
    const query = new URLSearchParams(params ?? searchParams.toString());
    for (const key of ["page", "perPage", "cols"]) query.delete(key);
    query.set("format", format);
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: "running", format, progress: null });
    const outcome = await downloadExport(`/api/exports/${view}?${query.toString()}`, (progress) => setState({ kind: "running", format, progress }), controller.signal);
    abort.current = null;
    if (outcome.ok) setState({ kind: "done", filename: outcome.filename, rows: outcome.rows });
    else setState(outcome.code === "aborted" ? { kind: "idle" } : { kind: "error", code: outcome.code });
  };

  const running = state.kind === "running";
  const progress = running ? state.progress : null;
  const fraction = progress && progress.rows !== null && progress.total ? progress.rows / progress.total : null;
  const megabytes = (bytes: number) => `${formatNumber(bytes / 1_048_576, locale, { maxDecimals: 1 })} MB`;
  const errorKey = state.kind === "error" ? (ERROR_CODES.find((c) => c === state.code) ?? "INTERNAL") : "INTERNAL";

  return (
    <div className="flex flex-col items-end gap-2" data-testid={`export-${view}`}>
      <div className="flex items-center gap-2" role="group" aria-label={t("button")}>
        <span className="text-sm text-slate-600">{t("button")}</span>
        <Button type="button" variant="secondary" disabled={running} onClick={() => void start("xlsx")} data-testid="export-xlsx">
          {t("xlsx")}
        </Button>
        <Button type="button" variant="secondary" disabled={running} onClick={() => void start("csv")} data-testid="export-csv">
          {t("csv")}
        </Button>
      </div>
      {running && (
        <div className="w-72 text-right" data-testid="export-progress" role="status">
          {/* Rows for CSV (its lines are counted as they arrive); bytes against the row total for XLSX (zipped). */}
          <progress className="h-2 w-full accent-brand-600" value={fraction ?? undefined} max={1} aria-label={t("button")} />
          <p className="mt-1 text-xs text-slate-600" data-testid="export-progress-text">
            {!progress
              ? t("preparing")
              : progress.rows !== null && progress.total !== null
                ? t("progressRows", { received: formatCount(progress.rows, locale), total: formatCount(progress.total, locale) })
                : progress.total !== null
                  ? t("progressBytesRows", { bytes: megabytes(progress.bytes), total: formatCount(progress.total, locale) })
                  : t("progressBytes", { bytes: megabytes(progress.bytes) })}
          </p>
          <button type="button" className="text-xs text-brand-700 hover:underline" onClick={() => abort.current?.abort()} data-testid="export-cancel">
            {t("cancel")}
          </button>
        </div>
      )}
      {state.kind === "done" && (
        <Notice tone="success" testId="export-done">
          {t("done", { file: state.filename, rows: state.rows === null ? "—" : formatCount(state.rows, locale) })}
        </Notice>
      )}
      {state.kind === "error" && (
        <Notice tone="error" testId="export-error">
          {t(`errors.${errorKey}`)}
        </Notice>
      )}
    </div>
  );
}
