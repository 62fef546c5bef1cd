"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { InvestorPicker } from "@/components/investors/investor-picker";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import type { FieldErrors } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { resolveLocale } from "@/lib/i18n/locale";
import type { InvestorOption } from "@/lib/investors/suggest-investors";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions";
import type { ZoneOption } from "@/lib/projects/list-zone-options";
import {
  AREA,
  CODE_MAX,
  createProjectSchema,
  CURRENCIES,
  investorRuleError,
  MONEY,
  NAME_MAX,
  NOTE_MAX,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  updateProjectSchema,
} from "@/lib/projects/schemas";
import type { Currency, InvestmentType } from "@/lib/generated/prisma/enums";
import { AmountField } from "./amount-field";
import type { ProjectFormFields, ProjectFormInitial } from "./form-values";
import { TextArea } from "./text-area";
import { useCheckedSubmit } from "@/components/ui/use-checked-submit";
import { ZoneCapacityWarning } from "./zone-capacity-warning";

type Props = {
  zones: ZoneOption[];
  initial: ProjectFormInitial;
  /** Set when editing: the project and the version the form was loaded at. */
  edit?: { id: number; version: number; hasAmendments: boolean };
};

const DEFAULT_CURRENCY: Record<InvestmentType, Currency> = { FDI: "USD", DDI: "VND" };

/**
 * Create or edit a project. The shared zod schema checks the input here first (messages without a
 * round trip) and again on the server. The input is kept on every failure, a conflict included.
 */
export function ProjectForm({ zones, initial, edit }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const locale = resolveLocale(useLocale());
  const [fields, setFields] = useState<ProjectFormFields>(initial.fields);
  const [lead, setLead] = useState<InvestorOption[]>(initial.lead ? [initial.lead] : []);
  const [others, setOthers] = useState<InvestorOption[]>(initial.others);
  const create = useAction(createProjectAction);
  const update = useAction(updateProjectAction);
  const action = edit ? update : create;
  const { errors, clear, clientErrors, submit: checkedSubmit } = useCheckedSubmit(action);
  const currencyLocked = !!edit?.hasAmendments;

  const set = <K extends keyof ProjectFormFields>(key: K, value: ProjectFormFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    clear(key, ...(key === "investorException" || key === "type" ? ["leadInvestorId"] : []));
  };
  const text = (key: keyof ProjectFormFields, max: number, extra: { required?: boolean; placeholder?: string; hint?: string } = {}) => (
    <Field id={key} label={`${t(`projects.fields.${key}`)}${extra.required ? " *" : ""}`} errors={errors[key]}>
      <Input
        id={key}
        name={key}
        value={String(fields[key])}
        maxLength={max + 100}
        placeholder={extra.placeholder}
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

  function submit() {
    const payload = {
      ...fields,
      locale,
      leadInvestorId: lead[0] ? String(lead[0].id) : "",
      otherInvestorIds: others.map((o) => o.id),
      ...(edit ? { id: edit.id, version: edit.version } : {}),
    };
    const parsed = (edit ? updateProjectSchema : createProjectSchema).safeParse(payload);
    const found: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
    const picked = lead[0];
    if (picked && PROJECT_TYPES.includes(fields.type as InvestmentType)) {
      const rule = investorRuleError(fields.type as InvestmentType, picked.country, fields.investorException.trim() || null);
      if (rule) (found.leadInvestorId ??= []).push({ key: rule });
    }
    checkedSubmit(found, payload, (data) => {
      router.push(`/projects/${data.id}`);
      router.refresh();
    });
  }

  return (
    <form
      noValidate
      data-testid="project-form"
      className="space-y-6"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Section title={t("projects.sections.identity")}>
        <div className="grid gap-4 md:grid-cols-3">
          {text("code", CODE_MAX, { required: true, placeholder: "DA-2026-0001" })}
          {text("ircNumber", CODE_MAX, { required: true })}
          {text("ircFirstIssuedOn", 10, { required: true, placeholder: "dd/mm/yyyy", hint: t("projects.hints.date") })}
          <div className="md:col-span-2">{text("name", NAME_MAX, { required: true })}</div>
          {text("ircIssuingAgency", NAME_MAX, { required: true })}
          <Field id="type" label={`${t("projects.fields.type")} *`} errors={errors.type}>
            <Select
              id="type"
              value={fields.type}
              onChange={(e) => {
                const type = e.target.value as InvestmentType;
                setFields((f) => ({ ...f, type, currency: edit ? f.currency : DEFAULT_CURRENCY[type] }));
                clear("type", "currency", "leadInvestorId");
              }}
            >
              {PROJECT_TYPES.map((v) => (
                <option key={v} value={v}>
                  {t(`projects.types.${v}`)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </Section>

      <Section title={t("projects.sections.investors")}>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="leadInvestorId" label={`${t("projects.fields.leadInvestorId")} *`} errors={errors.leadInvestorId}>
            <InvestorPicker
              id="leadInvestorId"
              value={lead}
              onChange={(v) => {
                setLead(v);
                clear("leadInvestorId");
              }}
              invalid={!!errors.leadInvestorId}
              excludeIds={others.map((o) => o.id)}
            />
          </Field>
          <Field id="otherInvestorIds" label={t("projects.fields.otherInvestorIds")} errors={errors.otherInvestorIds}>
            <InvestorPicker
              id="otherInvestorIds"
              value={others}
              onChange={(v) => {
                setOthers(v);
                clear("otherInvestorIds");
              }}
              multiple
              excludeIds={lead.map((l) => l.id)}
            />
          </Field>
          <div className="md:col-span-2">
            <Field id="investorException" label={t("projects.fields.investorException")} errors={errors.investorException}>
              <TextArea
                id="investorException"
                rows={2}
                maxLength={NOTE_MAX + 100}
                value={fields.investorException}
                onChange={(e) => set("investorException", e.target.value)}
                aria-describedby="investorException-hint"
                aria-invalid={!!errors.investorException}
              />
              <p id="investorException-hint" className="text-xs text-slate-500">
                {t("projects.hints.investorException")}
              </p>
            </Field>
          </div>
        </div>
      </Section>

      <Section title={t("projects.sections.location")}>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="zoneId" label={t("projects.fields.zoneId")} errors={errors.zoneId}>
            <Select id="zoneId" value={fields.zoneId} onChange={(e) => set("zoneId", e.target.value)} aria-invalid={!!errors.zoneId}>
              <option value="">{t("projects.hints.noZone")}</option>
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.kind} · {z.name}
                </option>
              ))}
            </Select>
          </Field>
          {text("vsicCode", 20, { required: true, placeholder: "C2610", hint: t("projects.hints.vsic") })}
          <div className="flex items-start pt-7">
            <label className="inline-flex items-center gap-2 text-sm text-slate-700">
              <input
                id="isSecondary"
                type="checkbox"
                className="size-4 rounded border-slate-300 text-brand-600"
                checked={fields.isSecondary}
                onChange={(e) => set("isSecondary", e.target.checked)}
              />
              {t("projects.fields.isSecondary")}
            </label>
          </div>
        </div>
      </Section>

      <Section title={t("projects.sections.capital")}>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="currency" label={`${t("projects.fields.currency")} *`} errors={errors.currency}>
            <Select
              id="currency"
              value={fields.currency}
              disabled={currencyLocked}
              onChange={(e) => set("currency", e.target.value)}
              aria-describedby="currency-hint"
              aria-invalid={!!errors.currency}
            >
              {CURRENCIES.map((c) => (
                <option key={c} value={c}>
                  {t(`projects.currencies.${c}`)}
                </option>
              ))}
            </Select>
            <p id="currency-hint" className="text-xs text-slate-500">
              {currencyLocked ? t("projects.errors.currencyLocked") : t("projects.hints.currency")}
            </p>
          </Field>
          <AmountField
            id="initialCapital"
            label={t("projects.fields.initialCapital")}
            required
            value={fields.initialCapital}
            onChange={(v) => set("initialCapital", v)}
            locale={locale}
            spec={{ ...MONEY, negative: false }}
            currency={CURRENCIES.includes(fields.currency as Currency) ? (fields.currency as Currency) : null}
            errors={errors.initialCapital}
          />
          <div />
          <AmountField
            id="landAreaHa"
            label={t("projects.fields.landAreaHa")}
            value={fields.landAreaHa}
            onChange={(v) => set("landAreaHa", v)}
            locale={locale}
            spec={{ ...AREA, negative: false, empty: "0" }}
            placeholder={locale === "vi" ? "12,5" : "12.5"}
            errors={errors.landAreaHa}
          />
          <AmountField
            id="plannedJobs"
            label={t("projects.fields.plannedJobs")}
            value={fields.plannedJobs}
            onChange={(v) => set("plannedJobs", v)}
            locale={locale}
            spec={{ integerDigits: 8, decimals: 0, negative: false, empty: "0" }}
            placeholder={locale === "vi" ? "1.200" : "1,200"}
            errors={errors.plannedJobs}
          />
        </div>
        <ZoneCapacityWarning
          zoneId={fields.zoneId}
          landAreaHa={fields.landAreaHa}
          locale={locale}
          projectId={edit?.id}
          leases={fields.isSecondary && (fields.status === "ACTIVE" || fields.status === "EXTENDED")}
        />
      </Section>

      <Section title={t("projects.sections.status")}>
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="status" label={`${t("projects.fields.status")} *`} errors={errors.status}>
            <Select id="status" value={fields.status} onChange={(e) => set("status", e.target.value)}>
              {PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`projects.statuses.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
          {text("statusDecisionNo", CODE_MAX, { required: fields.status !== "ACTIVE" })}
          {text("statusDecisionOn", 10, { required: fields.status !== "ACTIVE", placeholder: "dd/mm/yyyy" })}
        </div>
        <p className="mt-3 text-xs text-slate-500">{t("projects.hints.statusDecision")}</p>
      </Section>

      <div className="sticky bottom-0 -mx-8 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-slate-50/95 px-8 py-4 backdrop-blur">
        <Button type="submit" disabled={action.pending} data-testid="project-submit">
          {action.pending ? t("common.saving") : edit ? t("projects.save") : t("projects.create")}
        </Button>
        <Link href={edit ? `/projects/${edit.id}` : "/projects"} className="text-sm text-slate-700 hover:underline">
          {t("common.cancel")}
        </Link>
        <div className="min-w-64 flex-1" data-testid="project-form-notice">
          {clientErrors ? <Notice tone="error">{t("errors.VALIDATION")}</Notice> : <ActionNotice result={action.result && !action.result.ok ? action.result : null} />}
          {edit && action.result && !action.result.ok && action.result.code === "CONFLICT" && (
            <a href={`/projects/${edit.id}`} target="_blank" rel="noreferrer" className="mt-1 inline-block text-sm text-brand-700 underline">
              {t("projects.conflictHint")}
            </a>
          )}
        </div>
      </div>
    </form>
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
