"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { AmountField } from "@/components/projects/amount-field";
import { useCheckedSubmit } from "@/components/ui/use-checked-submit";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import type { FieldMessage } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { formatDate, formatNumber, type Locale } from "@/lib/format";
import type { ZoneStatus } from "@/lib/generated/prisma/enums";
import { resolveLocale } from "@/lib/i18n/locale";
import { CODE_MAX, NAME_MAX, readAmount } from "@/lib/projects/schemas";
import { createZoneAction, updateZoneAction } from "@/lib/zones/actions";
import {
  AREA_SPEC,
  createZoneSchema,
  INFRASTRUCTURE_STATUSES,
  isDecided,
  updateZoneSchema,
  ZONE_KINDS,
  ZONE_STATUSES,
  zoneWarnings,
  type ZoneFormValues,
} from "@/lib/zones/schemas";
import type { ZoneRow } from "@/lib/zones/zone-row";

type Props = {
  /** The stored zone when editing (the form starts from it and saves on its version). */
  zone?: ZoneRow;
  /** The user may set ESTABLISHED / OPERATING ("zones:decide"); the server checks again. */
  canDecide: boolean;
};

function initialValues(zone: ZoneRow | undefined, locale: Locale): ZoneFormValues {
  if (!zone) {
    return {
      code: "",
      name: "",
      kind: "KCN",
      district: "",
      status: "PLANNED",
      inPlan2030: false,
      priorityFromYear: "",
      priorityToYear: "",
      establishingDecisionNo: "",
      establishingDecisionDate: "",
      infrastructureInvestor: "",
      totalAreaHa: "",
      leasableAreaHa: "",
      constructionPlanApproved: false,
      infrastructureStatus: "NOT_STARTED",
    };
  }
  const area = (v: string) => formatNumber(v, locale, { maxDecimals: 4 });
  return {
    code: zone.code,
    name: zone.name,
    kind: zone.kind,
    district: zone.district,
    status: zone.status,
    inPlan2030: zone.inPlan2030,
    priorityFromYear: zone.priorityFromYear === null ? "" : String(zone.priorityFromYear),
    priorityToYear: zone.priorityToYear === null ? "" : String(zone.priorityToYear),
    establishingDecisionNo: zone.establishingDecisionNo ?? "",
    establishingDecisionDate: zone.establishingDecisionDate ? formatDate(zone.establishingDecisionDate, locale) : "",
    infrastructureInvestor: zone.infrastructureInvestor ?? "",
    totalAreaHa: area(zone.totalAreaHa),
    leasableAreaHa: area(zone.leasableAreaHa),
    constructionPlanApproved: zone.constructionPlanApproved,
    infrastructureStatus: zone.infrastructureStatus,
  };
}

/**
 * Create or edit a zone or cluster. The shared zod schema checks the input here first and again
 * on the server; the input is kept on every failure, a conflict or a refusal included. The CCN
 * size warning is computed here, as the area is typed, by the same function the server runs: it
 * is shown, never blocking.
 */
export function ZoneForm({ zone, canDecide }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const locale = resolveLocale(useLocale());
  const [fields, setFields] = useState<ZoneFormValues>(() => initialValues(zone, locale));
  const create = useAction(createZoneAction);
  const update = useAction(updateZoneAction);
  const action = zone ? update : create;
  const { errors, clear, clientErrors, submit: checkedSubmit } = useCheckedSubmit(action);
  // STAFF keeps an established zone's status as it is, and cannot pick a decided status.
  const statusLocked = !canDecide && !!zone && isDecided(zone.status);
  const decisionRequired = isDecided(fields.status as ZoneStatus);

  const total = readAmount(fields.totalAreaHa, locale, AREA_SPEC);
  const warnings = zoneWarnings({ kind: fields.kind, totalAreaHa: total.ok ? total.value : null });

  const set = <K extends keyof ZoneFormValues>(key: K, value: ZoneFormValues[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    clear(key, ...(key === "totalAreaHa" ? ["leasableAreaHa"] : key === "status" ? ["establishingDecisionNo", "establishingDecisionDate"] : []));
  };
  const text = (key: keyof ZoneFormValues, max: number, extra: { required?: boolean; placeholder?: string; hint?: string; inputMode?: "numeric" } = {}) => (
    <Field id={key} label={`${t(`zones.fields.${key}`)}${extra.required ? " *" : ""}`} errors={errors[key]}>
      <Input
        id={key}
        name={key}
        value={String(fields[key])}
        maxLength={max + 100}
        placeholder={extra.placeholder}
        inputMode={extra.inputMode}
        onChange={(e) => set(key, e.target.value)}
        aria-invalid={!!errors[key]}
        aria-describedby={extra.hint ? `${key}-hint` : undefined}
      />
      {extra.hint && (
        <p id={`${key}-hint`} className="text-xs text-slate-500">
          {extra.hint}
        </p>
      )}
    </Field>
  );
  const checkbox = (key: "inPlan2030" | "constructionPlanApproved") => (
    <label className="inline-flex items-center gap-2 text-sm text-slate-700">
      <input
        id={key}
        name={key}
        type="checkbox"
        className="size-4 rounded border-slate-300 text-brand-600"
        checked={fields[key]}
        onChange={(e) => set(key, e.target.checked)}
      />
      {t(`zones.fields.${key}`)}
    </label>
  );

  function submit() {
    const payload = { ...fields, locale, ...(zone ? { id: zone.id, version: zone.version } : {}) };
    const parsed = (zone ? updateZoneSchema : createZoneSchema).safeParse(payload);
    checkedSubmit(parsed.success ? {} : toFieldErrors(parsed.error), payload, (data) => {
      router.push(`/zones/${data.id}`);
      router.refresh();
    });
  }

  return (
    <form
      noValidate
      data-testid="zone-form"
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Section title={t("zones.sections.identity")}>
        <div className="grid gap-4 md:grid-cols-3">
          {text("code", CODE_MAX, { required: true, placeholder: "CCN-SK-01" })}
          <div className="md:col-span-2">{text("name", NAME_MAX, { required: true })}</div>
          <Field id="kind" label={`${t("zones.fields.kind")} *`} errors={errors.kind}>
            <Select id="kind" name="kind" value={fields.kind} onChange={(e) => set("kind", e.target.value)}>
              {ZONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`zones.kinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          {text("district", NAME_MAX, { required: true, placeholder: "Huyện Sơn Khê" })}
          {text("infrastructureInvestor", NAME_MAX)}
        </div>
      </Section>

      <Section title={t("zones.sections.status")}>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="status" label={`${t("zones.fields.status")} *`} errors={errors.status}>
            <Select
              id="status"
              name="status"
              value={fields.status}
              disabled={statusLocked}
              onChange={(e) => set("status", e.target.value)}
              aria-describedby={canDecide ? undefined : "status-hint"}
            >
              {ZONE_STATUSES.map((s) => (
                <option key={s} value={s} disabled={!canDecide && isDecided(s) && s !== zone?.status}>
                  {t(`zones.statuses.${s}`)}
                </option>
              ))}
            </Select>
            {!canDecide && (
              <p id="status-hint" className="text-xs text-slate-500" data-testid="status-decide-only">
                {t("zones.hints.decideOnly")}
              </p>
            )}
          </Field>
          {text("establishingDecisionNo", CODE_MAX, { required: decisionRequired, placeholder: "1234/QĐ-UBND" })}
          {text("establishingDecisionDate", 10, { required: decisionRequired, placeholder: "dd/mm/yyyy", hint: t("zones.hints.date") })}
        </div>
        <p className="mt-3 text-xs text-slate-500">{t("zones.hints.decision")}</p>
      </Section>

      <Section title={t("zones.sections.area")}>
        <div className="grid gap-4 md:grid-cols-3">
          <div>
            <AmountField
              id="totalAreaHa"
              label={t("zones.fields.totalAreaHa")}
              required
              value={fields.totalAreaHa}
              onChange={(v) => set("totalAreaHa", v)}
              locale={locale}
              spec={AREA_SPEC}
              placeholder={locale === "vi" ? "48,75" : "48.75"}
              errors={errors.totalAreaHa}
            />
            <Warnings id="totalAreaHa" messages={warnings.totalAreaHa} />
          </div>
          <AmountField
            id="leasableAreaHa"
            label={t("zones.fields.leasableAreaHa")}
            required
            value={fields.leasableAreaHa}
            onChange={(v) => set("leasableAreaHa", v)}
            locale={locale}
            spec={AREA_SPEC}
            placeholder={locale === "vi" ? "36,5" : "36.5"}
            errors={errors.leasableAreaHa}
          />
        </div>
        <p className="mt-3 text-xs text-slate-500">{t("zones.hints.area")}</p>
      </Section>

      <Section title={t("zones.sections.infrastructure")}>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="infrastructureStatus" label={`${t("zones.fields.infrastructureStatus")} *`} errors={errors.infrastructureStatus}>
            <Select id="infrastructureStatus" name="infrastructureStatus" value={fields.infrastructureStatus} onChange={(e) => set("infrastructureStatus", e.target.value)}>
              {INFRASTRUCTURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`zones.infrastructureStatuses.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          {text("priorityFromYear", 4, { placeholder: "2022", inputMode: "numeric", hint: t("zones.hints.priority") })}
          {text("priorityToYear", 4, { placeholder: "2025", inputMode: "numeric" })}
          <div className="flex flex-col gap-3 md:col-span-3">
            {checkbox("inPlan2030")}
            {checkbox("constructionPlanApproved")}
          </div>
        </div>
      </Section>

      <div className="sticky bottom-0 -mx-8 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-8 py-4 backdrop-blur">
        <Button type="submit" disabled={action.pending} data-testid="zone-submit">
          {action.pending ? t("common.saving") : zone ? t("zones.save") : t("zones.create")}
        </Button>
        <Link href={zone ? `/zones/${zone.id}` : "/zones"} className="text-sm text-slate-700 hover:underline">
          {t("common.cancel")}
        </Link>
        <div className="min-w-64 flex-1" data-testid="zone-form-notice">
          {clientErrors ? <Notice tone="error">{t("errors.VALIDATION")}</Notice> : <ActionNotice result={action.result && !action.result.ok ? action.result : null} />}
          {zone && action.result && !action.result.ok && action.result.code === "CONFLICT" && (
            <a href={`/zones/${zone.id}`} target="_blank" rel="noreferrer" className="mt-1 inline-block text-sm text-brand-700 underline">
              {t("zones.conflictHint")}
            </a>
          )}
        </div>
      </div>
    </form>
  );
}

/** Field warnings: amber, announced, never blocking. */
export function Warnings({ id, messages }: { id: string; messages?: FieldMessage[] }) {
  const t = useTranslations();
  if (!messages?.length) return null;
  return (
    <div role="status" className="mt-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid={`warning-${id}`}>
      <p className="font-medium">{t("zones.warnings.title")}</p>
      {messages.map((m) => (
        <p key={m.key}>{t(m.key, m.values)}</p>
      ))}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <h2 className="mb-4 text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </Card>
  );
}
