"use client";

import { useTranslations } from "next-intl";
import { CheckItem, Popover } from "./popover";

export type ColumnChoice = { id: string; label: string; visible: boolean; canHide: boolean };

/** Which columns show; the choice is kept in the URL (`cols`), so a shared link shows the same columns. */
export function ColumnChooser({ columns, onToggle, onReset }: { columns: ColumnChoice[]; onToggle: (id: string, visible: boolean) => void; onReset: () => void }) {
  const t = useTranslations("table");
  const shown = columns.filter((c) => c.visible).length;
  return (
    <Popover label={t("columns")} summary={t("columnsShown", { shown, total: columns.length })} align="end" testId="column-chooser">
      <p className="px-2 pt-1 pb-2 text-xs font-medium text-slate-500">{t("columnsHint")}</p>
      <fieldset>
        <legend className="sr-only">{t("columns")}</legend>
        {columns.map((c) => (
          <CheckItem key={c.id} checked={c.visible} disabled={!c.canHide} onChange={(on) => onToggle(c.id, on)} testId={`column-toggle-${c.id}`}>
            {c.label}
          </CheckItem>
        ))}
      </fieldset>
      <button type="button" onClick={onReset} className="mt-1 w-full rounded px-2 py-1.5 text-left text-sm text-brand-700 hover:bg-slate-50">
        {t("columnsReset")}
      </button>
    </Popover>
  );
}
