"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { countryName } from "@/lib/countries";
import { resolveLocale } from "@/lib/i18n/locale";
import type { InvestorOption } from "@/lib/investors/suggest-investors";
import { InlineInvestorCreate } from "./inline-investor-create";

type Props = {
  id: string;
  /** The picked investors (at most one unless `multiple`). */
  value: InvestorOption[];
  onChange: (value: InvestorOption[]) => void;
  multiple?: boolean;
  /** Investors that cannot be picked here (e.g. the lead among the others). */
  excludeIds?: number[];
  invalid?: boolean;
  canCreate?: boolean;
};

/**
 * Search-as-you-type over the investor registry (GET /api/investors/suggest, accent-insensitive),
 * with keyboard navigation, or an inline creation of a new investor that is then picked.
 */
export function InvestorPicker({ id, value, onChange, multiple = false, excludeIds = [], invalid, canCreate = true }: Props) {
  const t = useTranslations("investors");
  const locale = resolveLocale(useLocale());
  const listId = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<InvestorOption[]>([]);
  const [state, setState] = useState<"idle" | "loading" | "done" | "error">("idle");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState(false);
  const searching = multiple || value.length === 0;

  useEffect(() => {
    const q = query.trim();
    if (q.length === 0) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState("loading");
      try {
        const response = await fetch(`/api/investors/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal, cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { data: InvestorOption[] };
        setResults(body.data);
        setActive(0);
        setState("done");
      } catch (e) {
        if (!controller.signal.aborted) setState("error");
        void e;
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const hidden = new Set([...excludeIds, ...value.map((v) => v.id)]);
  const shown = results.filter((r) => !hidden.has(r.id));

  function pick(option: InvestorOption) {
    onChange(multiple ? [...value, option] : [option]);
    setQuery("");
    setResults([]);
    setState("idle");
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, Math.max(0, shown.length - 1)));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === "Enter") {
      // Inside the project form: Enter picks, it never submits.
      e.preventDefault();
      const option = shown[active];
      if (open && option) pick(option);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  }

  const describe = (o: InvestorOption) => [countryName(o.country, locale), t(`kinds.${o.kind}`), o.identifier].filter(Boolean).join(" · ");

  return (
    <div className="space-y-2" data-testid={`picker-${id}`}>
      {value.length > 0 && (
        <ul className="space-y-2">
          {value.map((v) => (
            <li key={v.id} className="flex items-center justify-between gap-3 rounded-md border border-slate-200 bg-slate-50 px-3 py-2" data-testid={`picked-${id}`}>
              <div className="min-w-0">
                <p className="truncate text-sm font-medium text-slate-900">{v.name}</p>
                <p className="text-xs text-slate-600">{describe(v)}</p>
              </div>
              <Button
                type="button"
                variant="ghost"
                className="shrink-0 px-2 py-1 text-xs"
                aria-label={multiple ? t("picker.remove", { name: v.name }) : undefined}
                onClick={() => {
                  onChange(value.filter((x) => x.id !== v.id));
                  if (!multiple) setTimeout(() => document.getElementById(id)?.focus(), 0);
                }}
              >
                {multiple ? "✕" : t("picker.change")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {searching && (
        <div className="relative">
          <Input
            id={id}
            role="combobox"
            aria-expanded={open && query.trim() !== ""}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && shown[active] ? `${listId}-${shown[active].id}` : undefined}
            aria-invalid={invalid}
            autoComplete="off"
            placeholder={multiple && value.length > 0 ? t("picker.add") : t("picker.search")}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              if (e.target.value.trim() === "") {
                setResults([]);
                setState("idle");
              }
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
          />
          {open && query.trim() !== "" && (
            <ul
              id={listId}
              role="listbox"
              className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
            >
              {state === "loading" && shown.length === 0 && <li className="px-3 py-2 text-slate-500">{t("picker.searching")}</li>}
              {state === "error" && <li className="px-3 py-2 text-red-700">{t("picker.failed")}</li>}
              {state === "done" && shown.length === 0 && <li className="px-3 py-2 text-slate-500">{t("picker.noResults")}</li>}
              {shown.map((o, i) => (
                <li
                  key={o.id}
                  id={`${listId}-${o.id}`}
                  role="option"
                  aria-selected={i === active}
                  data-testid="investor-option"
                  className={clsx("cursor-pointer px-3 py-2", i === active ? "bg-brand-50" : "hover:bg-slate-50")}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(o);
                  }}
                  onMouseEnter={() => setActive(i)}
                >
                  <p className="font-medium text-slate-900">{o.name}</p>
                  <p className="text-xs text-slate-600">{describe(o)}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {searching && canCreate && !creating && (
        <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setCreating(true)} data-testid={`create-investor-${id}`}>
          + {t("picker.createNew")}
        </button>
      )}
      {creating && (
        <InlineInvestorCreate
          prefix={`${id}-new`}
          initialName={query}
          onCancel={() => setCreating(false)}
          onCreated={(investor) => {
            setCreating(false);
            pick(investor);
          }}
        />
      )}
    </div>
  );
}
