"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { RowAction } from "@/lib/imports/types";
import { IssueText } from "./issue-text";
import type { ColumnInfo, ImportView } from "./types";

const TONES: Record<RowAction, string> = {
  create: "bg-emerald-100 text-emerald-800",
  update: "bg-sky-100 text-sky-800",
  skip: "bg-slate-100 text-slate-700",
  error: "bg-red-100 text-red-800",
};
const FILTERS: ("" | RowAction)[] = ["", "error", "create", "update", "skip"];
// Changed fields are named as the audit trail names them; these read from another column.
const COLUMN_OF: Record<string, string> = { leadInvestor: "leadInvestorName", zone: "zoneCode" };

type Props = { view: ImportView; columns: ColumnInfo[]; filter: string; onFilter: (f: string) => void; onPage: (p: number) => void };

/** One server page of the preview: each row's number, record, what will happen and why. */
export function PreviewTable({ view, columns, filter, onFilter, onPage }: Props) {
  const t = useTranslations("imports");
  const locale = useLocale() === "en" ? "en" : "vi";
  const { data, page, totalPages } = view.rows;
  const header = (key: string) => columns.find((c) => c.key === (COLUMN_OF[key] ?? key))?.[locale] ?? key;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Button key={f || "all"} type="button" variant={filter === f ? "primary" : "secondary"} onClick={() => onFilter(f)}>
            {f ? t(`actions.${f}`) : t("filterAll")}
          </Button>
        ))}
      </div>
      <table className="w-full text-left text-sm" data-testid="import-rows">
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th className="py-2 pr-3">{t("rowNo")}</th>
            <th className="py-2 pr-3">{t("record")}</th>
            <th className="py-2 pr-3">{t("result")}</th>
            <th className="py-2">{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((r) => (
            <tr key={r.row} className="border-b border-slate-100 align-top" data-testid={`import-row-${r.row}`} data-action={r.action}>
              <td className="py-2 pr-3 tabular-nums">{r.row}</td>
              <td className="max-w-xs truncate py-2 pr-3">{r.label}</td>
              <td className="py-2 pr-3">
                <span className={clsx("rounded px-2 py-0.5 text-xs font-medium", TONES[r.action])}>{t(`actions.${r.action}`)}</span>
              </td>
              <td className="py-2">
                {r.issues.length > 0 && (
                  <ul className="list-disc pl-4 text-red-800">
                    {r.issues.map((issue, i) => (
                      <IssueText key={i} issue={issue} columns={columns} />
                    ))}
                  </ul>
                )}
                {r.changed && <span className="text-slate-600">{t("changed", { fields: r.changed.map(header).join(", ") })}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {totalPages > 1 && (
        <div className="flex items-center gap-3 text-sm">
          <Button type="button" variant="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t("previous")}
          </Button>
          <span>{t("page", { page, pages: totalPages })}</span>
          <Button type="button" variant="secondary" disabled={page >= totalPages} onClick={() => onPage(page + 1)}>
            {t("next")}
          </Button>
        </div>
      )}
    </div>
  );
}
