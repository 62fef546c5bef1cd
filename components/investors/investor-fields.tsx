"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/app-error";
import { countryOptions, KNOWN_COUNTRIES } from "@/lib/countries";
import { resolveLocale } from "@/lib/i18n/locale";
import { INVESTOR_KINDS, type InvestorFormValues } from "@/lib/investors/schemas";

const OTHER = "__other";

/**
 * The investor's fields (name, kind, country, identifier), controlled, for the inline creation in
 * the project form and the investor page. The country is picked from the usual investor countries,
 * or typed as an ISO code.
 */
export function InvestorFields({
  prefix,
  values,
  onChange,
  errors,
  onEnter,
}: {
  prefix: string;
  values: InvestorFormValues;
  onChange: (values: InvestorFormValues) => void;
  errors?: FieldErrors;
  /** Enter in a field: the inline form sits inside the project form and must not submit it. */
  onEnter?: () => void;
}) {
  const t = useTranslations("investors");
  const locale = resolveLocale(useLocale());
  const options = useMemo(() => countryOptions(locale), [locale]);
  const known = (KNOWN_COUNTRIES as readonly string[]).includes(values.country.toUpperCase());
  const otherCountry = values.country !== "" && !known;
  const set = (patch: Partial<InvestorFormValues>) => onChange({ ...values, ...patch });
  const id = (f: string) => `${prefix}-${f}`;
  const keyDown = onEnter
    ? (e: React.KeyboardEvent) => {
        if (e.key === "Enter") {
          e.preventDefault();
          onEnter();
        }
      }
    : undefined;

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="md:col-span-2">
        <Field id={id("name")} label={`${t("fields.name")} *`} errors={errors?.name}>
          <Input id={id("name")} value={values.name} maxLength={600} onKeyDown={keyDown} onChange={(e) => set({ name: e.target.value })} aria-invalid={!!errors?.name} />
        </Field>
      </div>
      <Field id={id("kind")} label={`${t("fields.kind")} *`} errors={errors?.kind}>
        <Select id={id("kind")} value={values.kind} onChange={(e) => set({ kind: e.target.value })} aria-invalid={!!errors?.kind}>
          {INVESTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("identifier")} label={t("fields.identifier")} errors={errors?.identifier}>
        <Input
          id={id("identifier")}
          value={values.identifier}
          maxLength={60}
          onKeyDown={keyDown}
          onChange={(e) => set({ identifier: e.target.value })}
          aria-invalid={!!errors?.identifier}
        />
      </Field>
      <Field id={id("country")} label={`${t("fields.country")} *`} errors={otherCountry ? undefined : errors?.country}>
        <Select
          id={id("country")}
          value={otherCountry ? OTHER : values.country.toUpperCase()}
          onChange={(e) => set({ country: e.target.value === OTHER ? " " : e.target.value })}
          aria-invalid={!otherCountry && !!errors?.country}
        >
          <option value="">—</option>
          {options.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.code})
            </option>
          ))}
          <option value={OTHER}>{t("otherCountry")}</option>
        </Select>
      </Field>
      {otherCountry && (
        <Field id={id("countryCode")} label={`${t("fields.countryCode")} *`} errors={errors?.country}>
          <Input
            id={id("countryCode")}
            value={values.country.trim()}
            maxLength={2}
            placeholder={t("countryCodeHint")}
            onKeyDown={keyDown}
            onChange={(e) => set({ country: e.target.value.toUpperCase() || " " })}
            aria-invalid={!!errors?.country}
            className="w-24 uppercase"
          />
        </Field>
      )}
    </div>
  );
}
