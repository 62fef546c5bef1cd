"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { PER_PAGE_OPTIONS, type PerPage } from "@/lib/data-table/paging";
import { formatCount } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = { page: number; perPage: PerPage; count: number; totalPages: number; onPage: (page: number) => void; onPerPage: (perPage: PerPage) => void };

/** "Rows 26–50 of 1.234", the page size (25/50/100) and first/previous/next/last. */
export function Pagination({ page, perPage, count, totalPages, onPage, onPerPage }: Props) {
  const t = useTranslations("table");
  const locale = resolveLocale(useLocale());
  const sizeId = useId();
  const n = (value: number) => formatCount(value, locale);
  const from = Math.min(count, (page - 1) * perPage + 1);
  const to = Math.min(count, page * perPage);
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-t border-slate-200 px-4 py-3 text-sm text-slate-600">
      <p data-testid="table-range" className="tabular-nums">
        {count === 0 ? t("rangeEmpty") : page > totalPages ? t("rangePastEnd", { count: n(count) }) : t("range", { from: n(from), to: n(to), count: n(count) })}
      </p>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <div className="flex items-center gap-2">
          <label htmlFor={sizeId}>{t("perPage")}</label>
          <select
            id={sizeId}
            data-testid="table-per-page"
            value={perPage}
            onChange={(e) => onPerPage(Number(e.target.value) as PerPage)}
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm tabular-nums shadow-xs focus:outline-2 focus:outline-brand-600"
          >
            {PER_PAGE_OPTIONS.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
        <p className="tabular-nums" data-testid="table-page" aria-live="polite">
          {t("pageOf", { page: n(page), totalPages: n(totalPages) })}
        </p>
        <div className="flex items-center gap-1">
          <PageButton label={t("firstPage")} disabled={page <= 1} onClick={() => onPage(1)} testId="page-first">
            <path d="M11.7 5.3a1 1 0 0 1 0 1.4L8.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4l-4-4a1 1 0 0 1 0-1.4l4-4a1 1 0 0 1 1.4 0ZM5 5a1 1 0 0 0-1 1v8a1 1 0 1 0 2 0V6a1 1 0 0 0-1-1Z" />
          </PageButton>
          <PageButton label={t("previousPage")} disabled={page <= 1} onClick={() => onPage(Math.min(page - 1, totalPages))} testId="page-previous">
            <path d="M12.7 5.3a1 1 0 0 1 0 1.4L9.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4l-4-4a1 1 0 0 1 0-1.4l4-4a1 1 0 0 1 1.4 0Z" />
          </PageButton>
          <PageButton label={t("nextPage")} disabled={page >= totalPages} onClick={() => onPage(page + 1)} testId="page-next">
            <path d="M7.3 14.7a1 1 0 0 1 0-1.4l3.3-3.3-3.3-3.3a1 1 0 0 1 1.4-1.4l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4 0Z" />
          </PageButton>
          <PageButton label={t("lastPage")} disabled={page >= totalPages} onClick={() => onPage(totalPages)} testId="page-last">
            <path d="M8.3 14.7a1 1 0 0 1 0-1.4l3.3-3.3-3.3-3.3a1 1 0 0 1 1.4-1.4l4 4a1 1 0 0 1 0 1.4l-4 4a1 1 0 0 1-1.4 0ZM15 15a1 1 0 0 0 1-1V6a1 1 0 1 0-2 0v8a1 1 0 0 0 1 1Z" />
          </PageButton>
        </div>
      </div>
    </nav>
  );
}

function PageButton({ label, disabled, onClick, children, testId }: { label: string; disabled: boolean; onClick: () => void; children: ReactNode; testId: string }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
      className={clsx(
        "inline-flex size-8 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 shadow-xs",
        "hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-white",
      )}
    >
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
        {children}
      </svg>
    </button>
  );
}
