"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FieldMessage } from "@/lib/actions/app-error";
import { formatMoney, formatMoneyExact, formatNumber, type Currency, type Locale } from "@/lib/format";
import { readAmount, type AmountSpec } from "@/lib/projects/schemas";

/** Example of how a number is typed in each language. */
export const AMOUNT_EXAMPLE: Record<Locale, string> = { vi: "1.234.567,89", en: "1,234,567.89" };

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  locale: Locale;
  spec: AmountSpec;
  /** Money: the preview shows the currency and the bulletin unit ("1,2 triệu USD"). */
  currency?: Currency | null;
  errors?: FieldMessage[];
  disabled?: boolean;
  required?: boolean;
  placeholder?: string;
};

/**
 * An amount typed the way the language writes numbers, with what will be saved shown beneath it
 * as the user types, so that "1.234" (vi: one point two three four) is never a surprise.
 */
export function AmountField({ id, label, value, onChange, locale, spec, currency, errors, disabled, required, placeholder }: Props) {
  const t = useTranslations("projects");
  const read = value.trim() === "" ? null : readAmount(value, locale, spec);
  const preview =
    read === null ? null : !read.ok ? (
      <span className="text-slate-500">{t("previewInvalid")}</span>
    ) : currency ? (
      <>
        {t("preview", { value: formatMoneyExact(read.value, currency, locale) })}
        <span className="text-slate-400"> · {formatMoney(read.value, currency, locale)}</span>
      </>
    ) : (
      t("preview", { value: formatNumber(read.value, locale, { maxDecimals: spec.decimals }) })
    );
  return (
    <Field id={id} label={required ? `${label} *` : label} errors={errors}>
      <Input
        id={id}
        name={id}
        inputMode="decimal"
        autoComplete="off"
        placeholder={placeholder ?? AMOUNT_EXAMPLE[locale]}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={!!errors?.length}
        aria-describedby={`${id}-preview`}
        className="tabular-nums"
      />
      <p id={`${id}-preview`} className="min-h-5 text-xs text-slate-600 tabular-nums" data-testid={`preview-${id}`} aria-live="polite">
        {preview}
      </p>
    </Field>
  );
}
