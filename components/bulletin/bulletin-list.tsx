import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { BulletinListRow } from "@/lib/bulletin/list-bulletins";
import type { Page } from "@/lib/data-table/paging";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { BulletinPager } from "./bulletin-pager";
import { bulletinFileHref, bulletinPrintHref } from "./file-links";

const LINK = "font-medium text-brand-700 underline decoration-brand-300 underline-offset-4 hover:decoration-brand-700";

/** The kept bulletins, newest first, each with its PDF, XLSX and print view, a page at a time. */
export async function BulletinList({ list, locale }: { list: Page<BulletinListRow>; locale: Locale }) {
  const t = await getTranslations("bulletin.list");
  const rows = list.data;
  if (list.count === 0) return <EmptyState title={t("emptyTitle")}>{t("empty")}</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="bulletin-list">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">{t("reportDate")}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t("generatedAt")}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t("generatedBy")}</th>
            <th scope="col" className="px-4 py-2 font-semibold">{t("files")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const date = formatDate(row.reportDate, locale);
            return (
              <tr key={row.id} data-testid={`bulletin-row-${row.id}`} data-report-date={row.reportDate.toISOString().slice(0, 10)}>
                <td className="px-4 py-2 font-medium text-slate-900 tabular-nums">{date}</td>
                <td className="px-4 py-2 text-slate-700 tabular-nums">{formatDateTime(row.generatedAt, locale)}</td>
                <td className="px-4 py-2 text-slate-700">{row.generatedByName}</td>
                <td className="px-4 py-2">
                  <span className="flex flex-wrap gap-4">
                    <a className={LINK} href={bulletinFileHref(row.id, "pdf")} aria-label={t("fileLabel", { kind: "PDF", date })} data-testid="bulletin-pdf">
                      {t("pdf")}
                    </a>
                    <a className={LINK} href={bulletinFileHref(row.id, "xlsx")} aria-label={t("fileLabel", { kind: "XLSX", date })} data-testid="bulletin-xlsx">
                      {t("xlsx")}
                    </a>
                    <a className={LINK} href={bulletinPrintHref(row.id)} target="_blank" rel="noopener" aria-label={t("printLabel", { date })} data-testid="bulletin-print">
                      {t("print")}
                    </a>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <BulletinPager page={list.page} perPage={list.perPage} count={list.count} totalPages={list.totalPages} />
    </div>
  );
}
