"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionNotice } from "@/components/ui/action-notice";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { generateBulletinAction } from "@/lib/bulletin/actions";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { bulletinFileHref } from "./file-links";

/** MANAGER and up: pick a report date and generate; the list below refreshes with the new bulletin. */
export function GenerateBulletinForm({ today, locale }: { today: string; locale: Locale }) {
  const t = useTranslations("bulletin.generate");
  const tl = useTranslations("bulletin.list");
  const [reportDate, setReportDate] = useState(`${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
  const generate = useAction(generateBulletinAction);
  const done = generate.result?.ok ? generate.result.data : null;
  return (
    <form
      className="space-y-3"
      data-testid="bulletin-generate-form"
      onSubmit={(event) => {
        event.preventDefault();
        generate.run({ reportDate });
      }}
    >
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <Field id="reportDate" label={t("date")} errors={generate.fieldErrors?.reportDate}>
            <Input
              id="reportDate"
              name="reportDate"
              inputMode="numeric"
              autoComplete="off"
              placeholder="dd/mm/yyyy"
              value={reportDate}
              onChange={(event) => setReportDate(event.target.value)}
              aria-invalid={generate.fieldErrors?.reportDate ? true : undefined}
              aria-describedby={generate.fieldErrors?.reportDate ? "reportDate-error" : undefined}
              data-testid="bulletin-date"
            />
          </Field>
        </div>
        <Button type="submit" disabled={generate.pending} aria-busy={generate.pending} data-testid="bulletin-generate">
          {generate.pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
          {t("submit")}
        </Button>
      </div>
      {generate.pending ? (
        <p role="status" className="text-sm text-slate-700" data-testid="bulletin-pending">
          {t("pending")}
        </p>
      ) : (
        <ActionNotice result={generate.result} success={done ? t("done", { date: formatDate(done.reportDate, locale) }) : undefined} />
      )}
      {done && !generate.pending && (
        <p className="flex gap-3 text-sm" data-testid="bulletin-generated-links">
          <a className="font-medium text-brand-700 underline" href={bulletinFileHref(done.id, "pdf")}>
            {tl("pdf")}
          </a>
          <a className="font-medium text-brand-700 underline" href={bulletinFileHref(done.id, "xlsx")}>
            {tl("xlsx")}
          </a>
        </p>
      )}
      <p className="text-xs text-slate-600">{t("hint")}</p>
    </form>
  );
}
