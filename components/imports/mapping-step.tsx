"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ColumnInfo } from "./types";

type Props = {
  columns: ColumnInfo[];
  headers: string[];
  mapping: Record<string, number>;
  onChange: (mapping: Record<string, number>) => void;
  onPreview: () => void;
  pending: boolean;
};

/** Which header of the file feeds each column: guessed by the server, changeable here. */
export function MappingStep({ columns, headers, mapping, onChange, onPreview, pending }: Props) {
  const t = useTranslations("imports");
  const locale = useLocale() === "en" ? "en" : "vi";
  function set(key: string, value: string) {
    const next = { ...mapping };
    if (value === "") delete next[key];
    else next[key] = Number(value);
    onChange(next);
  }
  return (
    <section className="space-y-3" data-testid="import-mapping">
      <h2 className="text-lg font-semibold">{t("mappingTitle")}</h2>
      <p className="text-sm text-slate-600">{t("mappingHint")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {columns.map((c) => (
          <label key={c.key} className="flex items-center justify-between gap-3 text-sm">
            <span>
              {c[locale]}
              {c.required && " *"}
            </span>
            <select
              aria-label={c[locale]}
              value={mapping[c.key] === undefined ? "" : String(mapping[c.key])}
              onChange={(e) => set(c.key, e.target.value)}
              className="w-56 rounded-md border border-slate-300 px-2 py-1"
            >
              <option value="">{t("notImported")}</option>
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <Button type="button" onClick={onPreview} disabled={pending} data-testid="import-preview">
        {t("preview")}
      </Button>
    </section>
  );
}
