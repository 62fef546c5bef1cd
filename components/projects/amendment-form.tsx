"use client";

import clsx from "clsx";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import type { FieldErrors } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { formatDate, formatMoneyExact, type Currency, type Locale } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { addAmendmentAction, correctAmendmentAction } from "@/lib/projects/actions";
import { previewAmendment, walkChain, type ChainEntry } from "@/lib/projects/preview-amendment";
import { addAmendmentSchema, AREA, correctAmendmentSchema, MONEY, NOTE_MAX, readAmount, readDate } from "@/lib/projects/schemas";
import { AmountField } from "./amount-field";
import { TextArea } from "./text-area";
import { useShownErrors } from "@/components/ui/use-shown-errors";

export type Direction = "INCREASE" | "DECREASE" | "NONE";

export type AmendmentFormFields = {
  number: string;
  amendedOn: string;
  direction: Direction;
  amount: string;
  landAreaDeltaHa: string;
  otherChanges: string;
};

type Props = {
  project: { id: number; code: string; currency: Currency; initialCapital: string };
  /** The project's amendments (ISO dates), for the preview. */
  chain: ChainEntry[];
  initial: AmendmentFormFields;
  /** Set when correcting an amendment. */
  correct?: { id: number; version: number };
};

/** The signed delta the schema takes, from the direction and the unsigned amount typed. */
function signedDelta(f: AmendmentFormFields): string {
  if (f.direction === "NONE") return "0";
  return f.direction === "DECREASE" ? `-${f.amount.trim()}` : f.amount.trim();
}

/**
 * Adds or corrects an IRC amendment. Before saving it shows the capital before → after of this
 * amendment and the project's current capital before → after (computed in the browser on the
 * project's chain, the same walk the server does), and refuses a chain below zero.
 */
export function AmendmentForm({ project, chain, initial, correct }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const locale: Locale = resolveLocale(useLocale());
  const [f, setF] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const add = useAction(addAmendmentAction);
  const fix = useAction(correctAmendmentAction);
  const action = correct ? fix : add;
  const { errors, clear, reset } = useShownErrors(clientErrors ?? action.fieldErrors);
  const FIELD_OF: Record<keyof AmendmentFormFields, string> = {
    number: "number",
    amendedOn: "amendedOn",
    direction: "capitalDelta",
    amount: "capitalDelta",
    landAreaDeltaHa: "landAreaDeltaHa",
    otherChanges: "otherChanges",
  };
  const set = <K extends keyof AmendmentFormFields>(key: K, value: AmendmentFormFields[K]) => {
    setF((x) => ({ ...x, [key]: value }));
    clear(FIELD_OF[key], ...(key === "otherChanges" || key === "direction" || key === "amount" ? ["otherChanges"] : []));
  };
  const nextNumber = Math.max(0, ...chain.map((a) => a.number)) + 1;
  const money = (v: string) => formatMoneyExact(v, project.currency, locale);

  // The preview, once the date and the amount can be read.
  const date = readDate(f.amendedOn);
  const delta = readAmount(signedDelta(f), locale, { ...MONEY, negative: true });
  const numberValue = /^\d{1,4}$/.test(f.number.trim()) ? Number(f.number.trim()) : null;
  const preview =
    date.ok && delta.ok
      ? previewAmendment(project.initialCapital, chain, { number: numberValue, amendedOn: date.value, capitalDelta: delta.value }, correct?.id ?? null)
      : null;

  function submit() {
    reset();
    const payload = {
      locale,
      projectId: project.id,
      number: f.number,
      amendedOn: f.amendedOn,
      capitalDelta: signedDelta(f),
      landAreaDeltaHa: f.landAreaDeltaHa,
      otherChanges: f.otherChanges,
      ...(correct ? { amendmentId: correct.id, version: correct.version } : {}),
    };
    const parsed = (correct ? correctAmendmentSchema : addAmendmentSchema).safeParse(payload);
    const found: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
    if (f.direction !== "NONE" && f.amount.trim() === "") found.capitalDelta = [{ key: "required" }];
    if (Object.keys(found).length > 0) {
      setClientErrors(found);
      action.reset();
      return;
    }
    setClientErrors(null);
    action.run(payload, () => {
      router.push(`/projects/${project.id}#amendments`);
      router.refresh();
    });
  }

  return (
    <form
      noValidate
      data-testid="amendment-form"
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Card>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="number" label={t("projects.amendments.number")} errors={errors.number}>
            <Input
              id="number"
              inputMode="numeric"
              value={f.number}
              placeholder={String(nextNumber)}
              onChange={(e) => set("number", e.target.value)}
              aria-invalid={!!errors.number}
              aria-describedby="number-hint"
              className="w-32"
            />
            {!correct && (
              <p id="number-hint" className="text-xs text-slate-500">
                {t("projects.amendments.numberHint", { next: nextNumber })}
              </p>
            )}
          </Field>
          <Field id="amendedOn" label={`${t("projects.amendments.amendedOn")} *`} errors={errors.amendedOn}>
            <Input
              id="amendedOn"
              value={f.amendedOn}
              placeholder="dd/mm/yyyy"
              onChange={(e) => set("amendedOn", e.target.value)}
              aria-invalid={!!errors.amendedOn}
              className="w-40"
            />
          </Field>
          <fieldset className="md:col-span-2">
            <legend className="mb-2 block text-sm font-medium text-slate-700">{t("projects.amendments.direction")}</legend>
            <div className="inline-flex rounded-md border border-slate-300 bg-white p-0.5" role="radiogroup">
              {(["INCREASE", "DECREASE", "NONE"] as const).map((d) => (
                <label
                  key={d}
                  className={clsx(
                    "cursor-pointer rounded px-3 py-1.5 text-sm font-medium",
                    f.direction === d
                      ? d === "INCREASE"
                        ? "bg-emerald-600 text-white"
                        : d === "DECREASE"
                          ? "bg-red-600 text-white"
                          : "bg-slate-700 text-white"
                      : "text-slate-700 hover:bg-slate-100",
                  )}
                >
                  <input
                    type="radio"
                    name="direction"
                    value={d}
                    checked={f.direction === d}
                    onChange={() => set("direction", d)}
                    className="sr-only"
                    data-testid={`direction-${d}`}
                  />
                  {t(`projects.amendments.directions.${d}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <AmountField
            id="capitalDelta"
            label={t(`projects.amendments.amount.${f.direction}`, { currency: project.currency })}
            required={f.direction !== "NONE"}
            disabled={f.direction === "NONE"}
            value={f.direction === "NONE" ? "" : f.amount}
            onChange={(v) => set("amount", v)}
            locale={locale}
            spec={{ ...MONEY, negative: false }}
            currency={project.currency}
            errors={errors.capitalDelta}
          />
          <div>
            <AmountField
              id="landAreaDeltaHa"
              label={t("projects.amendments.landAreaDeltaHa")}
              value={f.landAreaDeltaHa}
              onChange={(v) => set("landAreaDeltaHa", v)}
              locale={locale}
              spec={{ ...AREA, negative: true, empty: "0" }}
              placeholder={locale === "vi" ? "1,5" : "1.5"}
              errors={errors.landAreaDeltaHa}
            />
            <p className="text-xs text-slate-500">{t("projects.amendments.landHint")}</p>
          </div>
          <div className="md:col-span-2">
            <Field id="otherChanges" label={t("projects.amendments.otherChanges")} errors={errors.otherChanges}>
              <TextArea
                id="otherChanges"
                value={f.otherChanges}
                maxLength={NOTE_MAX + 100}
                placeholder={t("projects.amendments.otherChangesHint")}
                onChange={(e) => set("otherChanges", e.target.value)}
                aria-invalid={!!errors.otherChanges}
              />
            </Field>
          </div>
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <Button type="submit" disabled={action.pending || !!preview?.firstNegative} data-testid="amendment-submit">
            {action.pending ? t("common.saving") : correct ? t("projects.amendments.saveCorrection") : t("projects.amendments.save")}
          </Button>
          <Link href={`/projects/${project.id}`} className="text-sm text-slate-700 hover:underline">
            {t("common.cancel")}
          </Link>
          <div className="min-w-64 flex-1">
            {clientErrors ? <Notice tone="error">{t("errors.VALIDATION")}</Notice> : <ActionNotice result={action.result && !action.result.ok ? action.result : null} />}
          </div>
        </div>
      </Card>

      <aside aria-live="polite" data-testid="amendment-preview">
        <Card className="bg-slate-50/60">
          <h2 className="text-sm font-semibold text-slate-900">{t("projects.amendments.previewTitle")}</h2>
          {!preview ? (
            <dl className="mt-3 space-y-3 text-sm">
              <div>
                <dt className="text-slate-600">{t("projects.amendments.previewCurrent")}</dt>
                <dd className="mt-1 font-semibold text-slate-900 tabular-nums" data-testid="preview-current">
                  {money(walkChain(project.initialCapital, chain).currentCapital)}
                </dd>
              </div>
              <p className="text-slate-600">{t("projects.amendments.previewIncomplete")}</p>
            </dl>
          ) : (
            <dl className="mt-3 space-y-4 text-sm">
              <div>
                <dt className="text-slate-600">
                  {t("projects.amendments.previewCapital")} ({t("projects.amendments.number").toLowerCase()} {preview.number}, {formatDate(date.ok ? date.value : null, locale)})
                </dt>
                <dd className="mt-1 font-medium text-slate-900 tabular-nums" data-testid="preview-amendment">
                  {money(preview.capitalBefore)} → {money(preview.capitalAfter)}
                </dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("projects.amendments.previewCurrent")}</dt>
                <dd className="mt-1 font-semibold text-slate-900 tabular-nums" data-testid="preview-current">
                  {money(preview.currentCapitalBefore)} → {money(preview.currentCapitalAfter)}
                </dd>
              </div>
              {preview.laterAmendments > 0 && <p className="text-amber-800">{t("projects.amendments.previewLater", { count: preview.laterAmendments })}</p>}
              {preview.firstNegative && (
                <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-red-800" data-testid="preview-negative">
                  {t("projects.amendments.previewNegative", { number: preview.firstNegative.number, after: money(preview.firstNegative.capitalAfter) })}
                </p>
              )}
            </dl>
          )}
        </Card>
      </aside>
    </form>
  );
}
