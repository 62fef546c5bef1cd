"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { AmountField } from "@/components/projects/amount-field";
import { TextArea } from "@/components/projects/text-area";
import { useCheckedSubmit } from "@/components/ui/use-checked-submit";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { formatArea, formatDate, formatNumber, formatPercent, toDecimal, type Locale } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { NOTE_MAX, readAmount } from "@/lib/projects/schemas";
import { addProgressAction, correctProgressAction } from "@/lib/zones/actions";
import { addProgressSchema, AREA_SPEC, correctProgressSchema, PERCENT_SPEC, type ProgressFormValues } from "@/lib/zones/schemas";

type Props = {
  zone: { id: number; code: string; totalAreaHa: string };
  /** The stored entry when correcting it (exact decimals, the date at midnight UTC). */
  entry?: { id: number; version: number; reportedOn: Date; landClearedHa: string; landToClearHa: string; infrastructurePct: string; note: string | null };
  /** A new entry starts from the land to clear of the zone's latest entry. */
  lastLandToClearHa?: string | null;
};

function initialValues(locale: Locale, entry: Props["entry"], lastLandToClearHa: string | null | undefined): ProgressFormValues {
  const number = (v: string, decimals: number) => formatNumber(v, locale, { maxDecimals: decimals });
  if (!entry) {
    return { reportedOn: "", landClearedHa: "", landToClearHa: lastLandToClearHa ? number(lastLandToClearHa, 4) : "", infrastructurePct: "", note: "" };
  }
  return {
    reportedOn: formatDate(entry.reportedOn, locale),
    landClearedHa: number(entry.landClearedHa, 4),
    landToClearHa: number(entry.landToClearHa, 4),
    infrastructurePct: number(entry.infrastructurePct, 2),
    note: entry.note ?? "",
  };
}

/**
 * Adds or corrects a dated progress entry: land cleared of land to clear (with the share cleared
 * shown as it is typed) and infrastructure completion. Checked here with the shared schema, then
 * again on the server; the input is kept on every failure.
 */
export function ProgressForm({ zone, entry, lastLandToClearHa }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const locale = resolveLocale(useLocale());
  const [f, setF] = useState<ProgressFormValues>(() => initialValues(locale, entry, lastLandToClearHa));
  const add = useAction(addProgressAction);
  const fix = useAction(correctProgressAction);
  const action = entry ? fix : add;
  const { errors, clear, clientErrors, submit: checkedSubmit } = useCheckedSubmit(action);

  const set = <K extends keyof ProgressFormValues>(key: K, value: ProgressFormValues[K]) => {
    setF((x) => ({ ...x, [key]: value }));
    clear(key, ...(key === "landToClearHa" ? ["landClearedHa"] : []));
  };

  const cleared = readAmount(f.landClearedHa, locale, AREA_SPEC);
  const toClear = readAmount(f.landToClearHa, locale, AREA_SPEC);
  const toClearValue = toClear.ok ? toDecimal(toClear.value) : null;
  const share = cleared.ok && toClearValue && !toClearValue.isZero() ? toDecimal(cleared.value)?.div(toClearValue) : null;

  function submit() {
    const payload = { ...f, locale, zoneId: zone.id, ...(entry ? { progressId: entry.id, version: entry.version } : {}) };
    const parsed = (entry ? correctProgressSchema : addProgressSchema).safeParse(payload);
    checkedSubmit(parsed.success ? {} : toFieldErrors(parsed.error), payload, () => {
      router.push(`/zones/${zone.id}#progress`);
      router.refresh();
    });
  }

  return (
    <form
      noValidate
      data-testid="progress-form"
      className="max-w-3xl"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Card>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="reportedOn" label={`${t("zones.progress.fields.reportedOn")} *`} errors={errors.reportedOn}>
            <Input
              id="reportedOn"
              name="reportedOn"
              value={f.reportedOn}
              maxLength={30}
              placeholder="dd/mm/yyyy"
              onChange={(e) => set("reportedOn", e.target.value)}
              aria-invalid={!!errors.reportedOn}
              aria-describedby="reportedOn-hint"
            />
            <p id="reportedOn-hint" className="text-xs text-slate-500">
              {t("zones.progress.hints.date")}
            </p>
          </Field>
          <AmountField
            id="infrastructurePct"
            label={t("zones.progress.fields.infrastructurePct")}
            required
            value={f.infrastructurePct}
            onChange={(v) => set("infrastructurePct", v)}
            locale={locale}
            spec={PERCENT_SPEC}
            placeholder={locale === "vi" ? "35,5" : "35.5"}
            errors={errors.infrastructurePct}
          />
          <div>
            <AmountField
              id="landToClearHa"
              label={t("zones.progress.fields.landToClearHa")}
              required
              value={f.landToClearHa}
              onChange={(v) => set("landToClearHa", v)}
              locale={locale}
              spec={AREA_SPEC}
              placeholder={locale === "vi" ? "250" : "250"}
              errors={errors.landToClearHa}
            />
            <p className="text-xs text-slate-500">{t("zones.progress.hints.toClear", { code: zone.code, total: formatArea(zone.totalAreaHa, locale, 4) })}</p>
          </div>
          <div>
            <AmountField
              id="landClearedHa"
              label={t("zones.progress.fields.landClearedHa")}
              required
              value={f.landClearedHa}
              onChange={(v) => set("landClearedHa", v)}
              locale={locale}
              spec={AREA_SPEC}
              placeholder={locale === "vi" ? "120,5" : "120.5"}
              errors={errors.landClearedHa}
            />
            <p className="min-h-4 text-xs text-slate-600" data-testid="cleared-share" aria-live="polite">
              {share ? t("zones.progress.hints.cleared", { share: formatPercent(share.toDecimalPlaces(6).toFixed(), locale) }) : null}
            </p>
          </div>
          <div className="md:col-span-2">
            <Field id="note" label={t("zones.progress.fields.note")} errors={errors.note}>
              <TextArea
                id="note"
                name="note"
                value={f.note}
                maxLength={NOTE_MAX + 100}
                onChange={(e) => set("note", e.target.value)}
                aria-invalid={!!errors.note}
                aria-describedby="note-hint"
              />
              <p id="note-hint" className="text-xs text-slate-500">
                {t("zones.progress.hints.note")}
              </p>
            </Field>
          </div>
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={action.pending} data-testid="progress-submit">
            {action.pending ? t("common.saving") : entry ? t("zones.progress.saveCorrection") : t("zones.progress.save")}
          </Button>
          <Link href={`/zones/${zone.id}`} className="text-sm text-slate-700 hover:underline">
            {t("common.cancel")}
          </Link>
          <div className="min-w-64 flex-1" data-testid="progress-form-notice">
            {clientErrors ? <Notice tone="error">{t("errors.VALIDATION")}</Notice> : <ActionNotice result={action.result && !action.result.ok ? action.result : null} />}
          </div>
        </div>
      </Card>
    </form>
  );
}
