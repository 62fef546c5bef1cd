import { getLocale, getTranslations } from "next-intl/server";
import { BulletinList } from "@/components/bulletin/bulletin-list";
import { GenerateBulletinForm } from "@/components/bulletin/generate-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listBulletins } from "@/lib/bulletin/list-bulletins";
import { firstParam, parsePage, parsePerPage, type RawSearchParams } from "@/lib/data-table/url";
import { resolveLocale } from "@/lib/i18n/locale";
import { todayInVietnam } from "@/lib/rates/get-rate";
import { isoDay } from "@/lib/reports/period";

// The monthly bulletin (issue 6 §2): everyone with reports:read lists and downloads the kept
// bulletins; MANAGER and up (reports:generate) also get the form that makes a new one.
export default async function ReportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requirePagePermission("reports:read");
  const raw = await searchParams;
  const paging = { page: parsePage(firstParam(raw, "page")), perPage: parsePerPage(firstParam(raw, "perPage")) };
  const [t, locale, list] = await Promise.all([getTranslations("bulletin"), getLocale().then(resolveLocale), listBulletins(user, paging)]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="space-y-6">
        {can(user.role, "reports:generate") && (
          <Card>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("generate.heading")}</h2>
            <GenerateBulletinForm today={isoDay(todayInVietnam())} locale={locale} />
          </Card>
        )}
        <section aria-labelledby="bulletin-list-heading">
          <h2 id="bulletin-list-heading" className="mb-3 text-lg font-semibold text-slate-900">
            {t("list.heading")}
          </h2>
          <BulletinList list={list} locale={locale} />
        </section>
      </div>
    </>
  );
}
