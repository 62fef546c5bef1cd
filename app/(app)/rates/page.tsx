import { getTranslations } from "next-intl/server";
import { RateConvention } from "@/components/rates/rate-convention";
import { RateForm } from "@/components/rates/rate-form";
import { RatesTable } from "@/components/rates/rates-table";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getRateFor, todayInVietnam } from "@/lib/rates/get-rate";
import { listRates } from "@/lib/rates/list-rates";
import { parseRateListParams } from "@/lib/rates/schemas";
import { getSettings } from "@/lib/settings/get-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Everyone who reads projects reads the rates; MANAGER and up ("rates:write") also get the forms.
// The actions check the permission again: hiding the forms protects nothing.
export default async function RatesPage({ searchParams }: Props) {
  const user = await requirePagePermission("projects:read");
  const params = parseRateListParams(await searchParams);
  const today = todayInVietnam();
  const [page, settings, todayRate, t] = await Promise.all([
    listRates(user, params, today),
    getSettings(),
    getRateFor(today),
    getTranslations("rates"),
  ]);
  const canWrite = can(user.role, "rates:write");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <RateConvention source={settings.rateSource} today={today} todayRate={todayRate} />
      {canWrite ? (
        <Card className="mb-6">
          <h2 className="mb-4 text-base font-semibold">{t("form.addTitle")}</h2>
          <RateForm mode="create" defaultSource={settings.rateSource} />
        </Card>
      ) : (
        <p className="mb-4 text-sm text-slate-500" data-testid="rates-read-only">
          {t("form.readOnly")}
        </p>
      )}
      <RatesTable page={page} params={params} canWrite={canWrite} todayRateId={todayRate?.id ?? null} />
    </>
  );
}
