"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/imports/limits";
import { useErrorText } from "./issue-text";
import { fetchJson, type KindInfo } from "./types";

/** Choose the kind, download its template, upload a file → the new job's id. */
export function UploadStep({ kinds, kind, onKind, onUploaded }: { kinds: KindInfo[]; kind: string; onKind: (k: string) => void; onUploaded: (id: number) => void }) {
  const t = useTranslations("imports");
  const errorText = useErrorText();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return setError(errorText("VALIDATION", { file: [{ key: "imports.errors.fileEmpty" }] }));
    if (file.size > MAX_FILE_BYTES) return setError(errorText("VALIDATION", { file: [{ key: "imports.errors.fileTooLarge", values: { max: MAX_FILE_BYTES / 1024 / 1024 } }] }));
    setPending(true);
    setError(null);
    const r = await fetchJson<{ id: number }>("/api/imports", { method: "POST", body: form });
    setPending(false);
    if (r.ok) onUploaded(r.data.id);
    else setError(errorText(r.code, r.fieldErrors));
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="import-upload">
      <label className="block text-sm font-medium text-slate-800">
        {t("kindLabel")}
        <select name="kind" value={kind} onChange={(e) => onKind(e.target.value)} className="mt-1 block w-full max-w-md rounded-md border border-slate-300 px-3 py-2">
          {kinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(`kinds.${k.kind}` as "kinds.PROJECTS")}
            </option>
          ))}
        </select>
      </label>
      <p className="text-sm text-slate-600">
        <a className="font-medium text-brand-700 underline" href={`/api/imports/template/${kind}`} download data-testid="import-template">
          {t("template")}
        </a>{" "}
        {t("templateHint")}
      </p>
      <label className="block text-sm font-medium text-slate-800">
        {t("fileLabel", { maxMb: MAX_FILE_BYTES / 1024 / 1024, maxRows: MAX_ROWS.toLocaleString("vi-VN") })}
        <input name="file" type="file" accept=".xlsx,.csv" required className="mt-1 block text-sm" data-testid="import-file" />
      </label>
      {error && <Notice tone="error" testId="import-error">{error}</Notice>}
      <Button type="submit" disabled={pending}>
        {pending ? t("uploading") : t("upload")}
      </Button>
    </form>
  );
}
