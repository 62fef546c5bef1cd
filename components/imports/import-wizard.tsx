"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { callAction } from "@/components/ui/use-action";
import { commitImportAction, previewImportAction } from "@/lib/imports/actions";
import type { Counts } from "@/lib/imports/types";
import { useErrorText } from "./issue-text";
import { MappingStep } from "./mapping-step";
import { missingColumns } from "./missing-columns";
import { PreviewTable } from "./preview-table";
import { ProgressBar } from "./progress-bar";
import { keepJobInUrl, reopened } from "./reopen";
import { UploadStep } from "./upload-step";
import { fetchJson, type ImportView, type KindInfo } from "./types";
import { useProgress } from "./use-progress";

type Busy = "validating" | "committing" | null;

/**
 * Upload → mapping → preview (paged on the server) → confirm → result. The job's id stays in the
 * URL (?job=ID), so a reload or a server restart reopens it where it was (reopen.ts).
 */
export function ImportWizard({ kinds, initialJobId }: { kinds: KindInfo[]; initialJobId: number | null }) {
  const t = useTranslations("imports");
  const errorText = useErrorText();
  const [kind, setKind] = useState(kinds[0]?.kind ?? "PROJECTS");
  const [view, setView] = useState<ImportView | null>(null);
  const [mapping, setMapping] = useState<Record<string, number>>({});
  const [filter, setFilter] = useState("");
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Counts | null>(null);
  const progress = useProgress(view?.id ?? null, busy !== null);
  const opened = useRef(false);
  const columns = kinds.find((k) => k.kind === (view?.kind ?? kind))?.columns ?? [];
  const locale = useLocale() === "en" ? "en" : "vi";

  async function load(id: number, page = 1, action = filter) {
    const r = await fetchJson<ImportView>(`/api/imports/${id}?page=${page}&action=${action}`);
    if (!r.ok) return setError(errorText(r.code, r.fieldErrors));
    setView(r.data);
    return r.data;
  }

  async function preview(id: number, map: Record<string, number>) {
    setBusy("validating");
    setError(null);
    const r = await callAction(previewImportAction, { id, mapping: map });
    setBusy(null);
    if (!r.ok) {
      const missing = missingColumns(r.fieldErrors, columns, locale);
      return setError(missing.length > 0 ? t("errors.columnsMissing", { columns: missing.join(", ") }) : errorText(r.code, r.fieldErrors));
    }
    setFilter(r.data.counts.error > 0 ? "error" : "");
    await load(id, 1, r.data.counts.error > 0 ? "error" : "");
  }

  async function reopen(id: number) {
    let r = await fetchJson<ImportView>(`/api/imports/${id}?progress=1`);
    // A commit still running (another tab, or one a restart cut short: findJob gives that back
    // after IMPORT_TX) shows its progress until it ends, then what it left.
    while (r.ok && reopened(r.data).step === "committing") {
      setView(r.data);
      setBusy("committing");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      r = await fetchJson<ImportView>(`/api/imports/${id}?progress=1`);
    }
    setBusy(null);
    if (!r.ok) {
      keepJobInUrl(null);
      return setError(errorText(r.code, r.fieldErrors));
    }
    const state = reopened(r.data);
    if (state.step === "committing") return; // the loop above ends only when it is not
    if (state.step === "result") {
      setView(r.data);
      return setResult(state.counts);
    }
    setFilter(state.filter);
    const loaded = await load(id, 1, state.filter);
    if (loaded) setMapping(loaded.mapping);
    if (state.failure) setError(errorText("VALIDATION", { job: [{ key: state.failure }] }));
  }

  useEffect(() => {
    if (opened.current || initialJobId === null) return;
    opened.current = true;
    void reopen(initialJobId);
  });

  async function uploaded(id: number) {
    keepJobInUrl(id);
    setResult(null);
    const loaded = await load(id);
    if (!loaded) return;
    setMapping(loaded.mapping);
    await preview(id, loaded.mapping);
  }

  async function commit() {
    if (!view) return;
    setBusy("committing");
    setError(null);
    const r = await callAction(commitImportAction, { id: view.id });
    setBusy(null);
    if (r.ok) setResult(r.data.counts);
    else {
      setError(errorText(r.code, r.fieldErrors));
      await load(view.id, 1, "error");
    }
  }

  function restart() {
    keepJobInUrl(null);
    setView(null);
    setResult(null);
    setError(null);
    setFilter("");
  }

  if (result) {
    return (
      <div className="space-y-4" data-testid="import-result">
        <Notice tone="success">{result.create + result.update > 0 ? t("done", result) : t("nothingToDo")}</Notice>
        <div className="flex gap-3">
          {view?.kind === "PROJECTS" && (
            <Link href="/projects" className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white">
              {t("viewProjects")}
            </Link>
          )}
          <Button variant="secondary" onClick={restart}>
            {t("again")}
          </Button>
        </div>
      </div>
    );
  }

  const counts = view?.counts;
  return (
    <div className="space-y-6">
      <UploadStep kinds={kinds} kind={kind} onKind={setKind} onUploaded={uploaded} />
      {error && <Notice tone="error" testId="import-error">{error}</Notice>}
      {busy && (
        <ProgressBar label={t(busy, { done: progress?.done ?? 0, total: progress?.total ?? view?.total ?? 0 })} done={progress?.done ?? 0} total={progress?.total ?? view?.total ?? 0} />
      )}
      {view && (
        <>
          <p className="text-sm text-slate-700">{t("file", { name: view.fileName })}</p>
          <MappingStep columns={columns} headers={view.headers} mapping={mapping} onChange={setMapping} onPreview={() => preview(view.id, mapping)} pending={busy !== null} />
        </>
      )}
      {view && counts && busy === null && (
        <section className="space-y-3">
          <p className="font-medium" data-testid="import-counts">
            {t("counts", counts)}
          </p>
          {counts.error > 0 ? (
            <Notice tone="error" testId="import-has-errors">{t("hasErrors", { count: counts.error })}</Notice>
          ) : (
            <ConfirmDialog
              tone="primary"
              trigger={<Button data-testid="import-commit">{t("commit")}</Button>}
              title={t("confirmTitle")}
              description={t("confirmDescription", { create: counts.create, update: counts.update })}
              confirmLabel={t("commit")}
              onConfirm={commit}
            />
          )}
          <PreviewTable
            view={view}
            columns={columns}
            filter={filter}
            onFilter={(f) => {
              setFilter(f);
              void load(view.id, 1, f);
            }}
            onPage={(p) => void load(view.id, p, filter)}
          />
        </section>
      )}
    </div>
  );
}
