"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { formatNumber } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import type { Indicator } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import { upsertTargetAction } from "@/lib/plans/actions";
import type { TargetRow } from "@/lib/plans/list-targets";
import { amountSpecOf, INDICATORS, readAmount } from "@/lib/plans/schemas";
import { formatShort, toFieldText } from "./amount-format";
import type { ZoneOption } from "./scope-label";
import { ScopeSelect } from "./view-picker";

type Props = {
  year: number;
  zones: ZoneOption[];
  /** Editing a stored target; absent for a new one. */
  target?: TargetRow;
  onDone?: (saved: boolean) => void;
};

const EMPTY_SPLIT = (): string[] => Array.from({ length: 12 }, () => "");

/**
 * Sets a target for the year: indicator, scope, value typed the way the language writes numbers,
 * and an optional split over the twelve months that must add up to the target exactly (the
 * running sum is shown as the months are typed). The server checks everything again.
 */
export function TargetForm({ year, zones, target, onDone }: Props) {
  const t = useTranslations("plans");
  const tr = useTranslations();
  const lang = resolveLocale(useLocale());
  const prefix = target ? `target-${target.id}` : "target-new";
  const id = (field: string) => `${prefix}-${field}`;
  const [indicator, setIndicator] = useState<Indicator>(target?.indicator ?? "INDUSTRIAL_PRODUCTION_VALUE");
  const [scope, setScope] = useState(target?.scopeKey ?? "PROVINCE");
  const [value, setValue] = useState(toFieldText(target?.target, indicator, lang));
  const [split, setSplit] = useState<string[]>(target?.monthlySplit.length ? target.monthlySplit.map((v) => toFieldText(v, indicator, lang)) : EMPTY_SPLIT());
  const [splitOn, setSplitOn] = useState(!!target?.monthlySplit.length);
  const save = useAction(upsertTargetAction);
  const errors = save.fieldErrors;
  const spec = amountSpecOf(indicator);

  const read = value.trim() ? readAmount(value, lang, spec) : null;
  let sum = new Dec(0);
  let sumKnown = true;
  for (const s of split) {
    if (!s.trim()) continue;
    const r = readAmount(s, lang, spec);
    if (r.ok) sum = sum.plus(r.value);
    else sumKnown = false;
  }
  const difference = read?.ok && sumKnown ? new Dec(read.value).minus(sum) : null;

  const submit = () => {
    save.run(
      { locale: lang, id: target?.id ?? "", version: target?.version ?? "", year, indicator, scope, target: value, split: splitOn ? split : EMPTY_SPLIT() },
      () => {
        if (target) onDone?.(true);
        else {
          setValue("");
          setSplit(EMPTY_SPLIT());
          setSplitOn(false);
        }
      },
    );
  };

  return (
    <form
      noValidate
      data-testid={`${prefix}-form`}
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-4 md:grid-cols-3">
        <Field id={id("indicator")} label={t("fields.indicator")} errors={errors?.indicator}>
          <Select id={id("indicator")} value={indicator} onChange={(e) => setIndicator(e.target.value as Indicator)}>
            {INDICATORS.map((i) => (
              <option key={i} value={i}>
                {t(`indicators.${i}`)} ({t(`units.${i}`)})
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("scope")} label={t("fields.scope")} errors={errors?.scope}>
          <ScopeSelect id={id("scope")} value={scope} zones={zones} onChange={setScope} invalid={!!errors?.scope} />
        </Field>
        <Field id={id("target")} label={t("fields.target", { unit: t(`units.${indicator}`) })} errors={errors?.target ?? errors?.year}>
          <Input
            id={id("target")}
            inputMode="decimal"
            autoComplete="off"
            className="tabular-nums"
            placeholder={lang === "vi" ? "1.234.567,89" : "1,234,567.89"}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={!!errors?.target}
            aria-describedby={`${id("target")}-preview`}
          />
          <p id={`${id("target")}-preview`} className="min-h-5 text-xs text-slate-600 tabular-nums" data-testid={`preview-${id("target")}`} aria-live="polite">
            {read === null ? null : read.ok ? t("form.preview", { value: formatShort(read.value, indicator, lang) }) : t("form.previewInvalid")}
          </p>
        </Field>
      </div>

      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={splitOn} onChange={(e) => setSplitOn(e.target.checked)} data-testid={id("split-toggle")} />
            {t("form.splitToggle")}
          </label>
        </legend>
        {splitOn ? (
          <>
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
              {split.map((s, i) => (
                <Field key={i} id={id(`split-${i}`)} label={t("months.short", { month: i + 1 })} errors={errors?.[`split.${i}`]}>
                  <Input
                    id={id(`split-${i}`)}
                    inputMode="decimal"
                    autoComplete="off"
                    className="tabular-nums"
                    value={s}
                    onChange={(e) => setSplit((old) => old.map((v, j) => (j === i ? e.target.value : v)))}
                    aria-invalid={!!errors?.[`split.${i}`]}
                  />
                </Field>
              ))}
            </div>
            <p className="mt-3 text-sm text-slate-700 tabular-nums" data-testid={id("split-sum")} aria-live="polite">
              {t("form.splitSum", { sum: formatNumber(sum.toFixed(), lang), target: read?.ok ? formatNumber(read.value, lang) : "—" })}
              {difference !== null && !difference.isZero() && (
                <span className="ml-2 font-medium text-amber-700">{t("form.splitDifference", { difference: formatNumber(difference.toFixed(), lang) })}</span>
              )}
            </p>
            {errors?.split?.map((e) => (
              <p key={e.key} className="mt-1 text-sm text-red-700" data-testid={`error-${id("split")}`}>
                {tr(e.key.includes(".") ? e.key : `validation.${e.key}`, e.values)}
              </p>
            ))}
          </>
        ) : (
          <p className="text-xs text-slate-500">{t("form.splitHint")}</p>
        )}
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.pending} data-testid={id("submit")}>
          {save.pending ? tr("common.saving") : target ? t("form.saveEdit") : t("form.add")}
        </Button>
        {target && (
          <Button type="button" variant="secondary" onClick={() => onDone?.(false)}>
            {tr("common.cancel")}
          </Button>
        )}
        <div className="min-w-0 flex-1">
          <ActionNotice result={save.result} success={target ? undefined : t("form.added")} />
        </div>
      </div>
    </form>
  );
}
