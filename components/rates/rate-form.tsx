"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { formatDate, formatNumber } from "@/lib/format";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import { createRateAction, updateRateAction } from "@/lib/rates/actions";
import type { RateRow } from "@/lib/rates/list-rates";
import { RATE_SOURCES } from "@/lib/rates/schemas";

type Props =
  | { mode: "create"; defaultSource: RateSource }
  | {
      mode: "edit";
      rate: Pick<RateRow, "id" | "version" | "source" | "effectiveOn" | "rate" | "note">;
      /** Called with true after a saved correction, with false on cancel. */
      onDone: (saved: boolean) => void;
    };

/**
 * Adds a rate, or corrects one. The server validates (lib/rates/schemas.ts) and answers with
 * field messages; the input stays in the form on any failure, a conflict included.
 */
export function RateForm(props: Props) {
  const t = useTranslations();
  const lang = resolveLocale(useLocale());
  const form = useRef<HTMLFormElement>(null);
  const create = useAction(createRateAction);
  const update = useAction(updateRateAction);
  const { pending, result, fieldErrors } = props.mode === "create" ? create : update;
  const prefix = props.mode === "create" ? "rate-new" : `rate-${props.rate.id}`;
  const initial = props.mode === "edit" ? props.rate : null;
  const id = (field: string) => `${prefix}-${field}`;

  let success: string | undefined;
  if (create.result?.ok) {
    const data = create.result.data;
    success = t("rates.form.added", { rate: formatNumber(data.rate, lang, { maxDecimals: 4 }), date: formatDate(data.effectiveOn, lang) });
  }

  return (
    <form
      ref={form}
      noValidate
      data-testid={`${prefix}-form`}
      className="grid gap-4 md:grid-cols-4"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        if (props.mode === "create") create.run(data, () => form.current?.reset());
        else {
          const { onDone } = props;
          update.run(data, (saved) => {
            if (saved.changed) onDone(true);
          });
        }
      }}
    >
      <input type="hidden" name="locale" value={lang} />
      {initial && (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={initial.version} />
        </>
      )}
      <Field id={id("source")} label={t("rates.fields.source")} errors={fieldErrors?.source}>
        <Select id={id("source")} name="source" defaultValue={initial?.source ?? (props.mode === "create" ? props.defaultSource : undefined)}>
          {RATE_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`rates.sources.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("effectiveOn")} label={t("rates.fields.effectiveOn")} errors={fieldErrors?.effectiveOn}>
        <Input
          id={id("effectiveOn")}
          name="effectiveOn"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t("rates.placeholders.effectiveOn")}
          defaultValue={initial ? formatDate(initial.effectiveOn, lang) : undefined}
          aria-invalid={!!fieldErrors?.effectiveOn}
          aria-describedby={fieldErrors?.effectiveOn ? `${id("effectiveOn")}-error` : undefined}
        />
      </Field>
      <Field id={id("rate")} label={t("rates.fields.rate")} errors={fieldErrors?.rate}>
        <Input
          id={id("rate")}
          name="rate"
          inputMode="decimal"
          autoComplete="off"
          placeholder={t("rates.placeholders.rate")}
          defaultValue={initial ? formatNumber(initial.rate, lang, { maxDecimals: 4 }) : undefined}
          aria-invalid={!!fieldErrors?.rate}
          aria-describedby={fieldErrors?.rate ? `${id("rate")}-error` : undefined}
        />
      </Field>
      <Field id={id("note")} label={t("rates.fields.note")} errors={fieldErrors?.note}>
        <Input id={id("note")} name="note" maxLength={500} defaultValue={initial?.note ?? undefined} aria-invalid={!!fieldErrors?.note} />
      </Field>
      {initial && (
        <div className="md:col-span-4">
          <Field id={id("reason")} label={t("rates.fields.reason")} errors={fieldErrors?.reason}>
            <Input
              id={id("reason")}
              name="reason"
              maxLength={500}
              placeholder={t("rates.placeholders.reason")}
              aria-invalid={!!fieldErrors?.reason}
              aria-describedby={`${id("reason")}-hint`}
            />
            <p id={`${id("reason")}-hint`} className="text-xs text-slate-500">
              {t("rates.form.reasonHint")}
            </p>
          </Field>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3 md:col-span-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : props.mode === "create" ? t("rates.form.add") : t("rates.form.saveEdit")}
        </Button>
        {props.mode === "edit" && (
          <Button type="button" variant="secondary" onClick={() => props.onDone(false)}>
            {t("common.cancel")}
          </Button>
        )}
        <div className="min-w-0 flex-1">
          {result?.ok && props.mode === "edit" ? (
            <ActionNotice result={result} success={t("rates.form.unchanged")} />
          ) : (
            <ActionNotice result={result} success={success} />
          )}
        </div>
      </div>
    </form>
  );
}
