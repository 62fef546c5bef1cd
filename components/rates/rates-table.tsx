import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { RatePage } from "@/lib/rates/list-rates";
import type { RateListParams } from "@/lib/rates/schemas";
import { RatePagination } from "./rate-pagination";
import { RateRow } from "./rate-row";
import { RateToolbar } from "./rate-toolbar";

type Props = { page: RatePage; params: RateListParams; canWrite: boolean; todayRateId: number | null };

/** The server-paged list of rates; its state (source, page, page size) lives in the URL. */
export async function RatesTable({ page, params, canWrite, todayRateId }: Props) {
  const t = await getTranslations();
  const columns = canWrite ? 6 : 5;
  return (
    <Card className="p-0">
      <RateToolbar params={params} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="rates-table">
          <thead className="border-y border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-3">{t("rates.fields.effectiveOn")}</th>
              <th scope="col" className="px-4 py-3">{t("rates.fields.source")}</th>
              <th scope="col" className="px-4 py-3 text-right">{t("rates.fields.rate")}</th>
              <th scope="col" className="px-4 py-3">{t("rates.fields.note")}</th>
              <th scope="col" className="px-4 py-3">{t("rates.fields.status")}</th>
              {canWrite && <th scope="col" className="px-4 py-3">{t("common.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {page.data.map((rate) => (
              <RateRow key={rate.id} rate={rate} appliesToday={rate.id === todayRateId} canWrite={canWrite} columns={columns} />
            ))}
            {page.data.length === 0 && (
              <tr>
                <td colSpan={columns} className="px-4 py-10 text-center text-slate-500" data-testid="rates-empty">
                  {params.source ? t("rates.list.emptyFiltered") : t("rates.list.empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <RatePagination page={page} params={params} />
    </Card>
  );
}
