"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { FilterDef } from "@/lib/data-table/filters";
import type { ParamChanges } from "@/lib/data-table/query-string";
import { listParam } from "@/lib/data-table/url";
import { formatDate, parseDateVi } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { CheckItem, Popover } from "./popover";
import { useDebouncedField } from "./use-debounced";

type Props = { filter: FilterDef; params: URLSearchParams; onChange: (changes: ParamChanges) => void };

const CONTROL =
  "block h-9 w-full rounded-md border border-slate-300 bg-white px-2.5 text-sm shadow-xs focus:outline-2 focus:outline-offset-0 focus:outline-brand-600";

/** One toolbar filter, drawn from its description; each writes its own URL parameter(s). */
export function FilterControl({ filter, params, onChange }: Props) {
  switch (filter.kind) {
    case "select":
      return <SelectFilter filter={filter} params={params} onChange={onChange} />;
    case "multi":
      return <MultiFilter filter={filter} params={params} onChange={onChange} />;
    case "dateRange":
      return <DateRangeFilter filter={filter} params={params} onChange={onChange} />;
  }
}

function Labelled({ htmlFor, label, className, children }: { htmlFor?: string; label: string; className?: string; children: React.ReactNode }) {
  return (
    <div className={clsx("min-w-0", className)}>
      {htmlFor ? (
        <label htmlFor={htmlFor} className="mb-1 block text-xs font-medium text-slate-600">
          {label}
        </label>
      ) : (
        <p aria-hidden className="mb-1 block text-xs font-medium text-slate-600">
          {label}
        </p>
      )}
      {children}
    </div>
  );
}

function SelectFilter({ filter, params, onChange }: Props & { filter: Extract<FilterDef, { kind: "select" }> }) {
  const id = useId();
  const raw = params.get(filter.param) ?? "";
  // A value the list does not offer (a stale link) shows as "all", as the server reads it.
  const value = filter.options.some((o) => o.value === raw) ? raw : "";
  return (
    <Labelled htmlFor={id} label={filter.label}>
      <select id={id} data-testid={`filter-${filter.param}`} className={CONTROL} value={value} onChange={(e) => onChange({ [filter.param]: e.target.value })}>
        <option value="">{filter.allLabel}</option>
        {filter.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.depth === 1 ? `\u00a0\u00a0\u00a0${o.label}` : o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

function MultiFilter({ filter, params, onChange }: Props & { filter: Extract<FilterDef, { kind: "multi" }> }) {
  const t = useTranslations("table");
  const asked = new Set(listParam(params, filter.param));
  const selected = filter.options.filter((o) => asked.has(o.value));
  const summary = selected.length === 0 ? filter.allLabel : selected.length === 1 ? selected[0]!.label : t("selected", { count: selected.length });
  const toggle = (value: string, on: boolean) => {
    const next = filter.options.filter((o) => (o.value === value ? on : asked.has(o.value))).map((o) => o.value);
    onChange({ [filter.param]: next });
  };
  return (
    <Labelled label={filter.label}>
      <Popover label={filter.label} summary={summary} testId={`filter-${filter.param}`}>
        <fieldset>
          <legend className="sr-only">{filter.label}</legend>
          {filter.options.map((o) => (
            <CheckItem key={o.value} checked={asked.has(o.value)} onChange={(on) => toggle(o.value, on)} testId={`filter-${filter.param}-${o.value}`}>
              {o.label}
            </CheckItem>
          ))}
        </fieldset>
        {selected.length > 0 && (
          <button type="button" onClick={() => onChange({ [filter.param]: null })} className="mt-1 w-full rounded px-2 py-1.5 text-left text-sm text-brand-700 hover:bg-slate-50">
            {filter.allLabel}
          </button>
        )}
      </Popover>
    </Labelled>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date range typed the Vietnamese way (dd/MM/yyyy, in both languages, as lib/format shows
 * dates; a browser's own date input follows its UI language instead). The URL carries yyyy-MM-dd.
 */
function DateRangeFilter({ filter, params, onChange }: Props & { filter: Extract<FilterDef, { kind: "dateRange" }> }) {
  const fromId = useId();
  return (
    <div role="group" aria-labelledby={`${fromId}-group`} className="col-span-2 min-w-0">
      <p id={`${fromId}-group`} className="mb-1 block text-xs font-medium text-slate-600">
        {filter.label}
      </p>
      <div className="flex items-center gap-1.5">
        <DateInput id={fromId} param={filter.fromParam} label={filter.fromLabel} params={params} onChange={onChange} />
        <span aria-hidden className="text-slate-400">
          –
        </span>
        <DateInput param={filter.toParam} label={filter.toLabel} params={params} onChange={onChange} />
      </div>
    </div>
  );
}

function DateInput({ id, param, label, params, onChange }: { id?: string; param: string; label: string; params: URLSearchParams; onChange: (changes: ParamChanges) => void }) {
  const t = useTranslations("table");
  const ownId = useId();
  const inputId = id ?? ownId;
  const locale = resolveLocale(useLocale());
  const raw = params.get(param);
  const shown = raw && ISO_DATE.test(raw) ? formatDate(raw, locale) : "";
  const [invalid, setInvalid] = useState(false);
  const field = useDebouncedField(
    shown,
    (text) => {
      if (text === shown) return setInvalid(false);
      if (text === "") return onChange({ [param]: null });
      const parsed = parseDateVi(text);
      setInvalid(!parsed.ok);
      if (parsed.ok) onChange({ [param]: parsed.value.toISOString().slice(0, 10) });
    },
    800,
  );
  return (
    <>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t("datePlaceholder")}
        maxLength={10}
        data-testid={`filter-${param}`}
        aria-invalid={invalid || undefined}
        title={invalid ? t("dateInvalid") : undefined}
        className={clsx(CONTROL, "min-w-0 flex-1 tabular-nums placeholder:text-slate-400", invalid && "border-red-500 text-red-700")}
        value={field.value}
        onChange={(e) => {
          setInvalid(false);
          field.change(e.target.value);
        }}
        onBlur={() => field.flush()}
        onKeyDown={(e) => {
          if (e.key === "Enter") field.flush();
        }}
      />
    </>
  );
}
