import { getLocale, getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { InvestorsTable } from "@/components/investors/columns";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { countryName, countryOptions } from "@/lib/countries";
import type { FilterDef } from "@/lib/data-table/filters";
import { can } from "@/lib/auth/permissions";
import { resolveLocale } from "@/lib/i18n/locale";
import { findInvestors } from "@/lib/investors/find-investors";
import { INVESTOR_KINDS, parseInvestorListParams } from "@/lib/investors/list-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvestorsPage({ searchParams }: Props) {
  const user = await requirePagePermission("projects:read");
  const params = parseInvestorListParams(await searchParams);
  const [page, t, locale] = await Promise.all([findInvestors(user, params), getTranslations("investorList"), getLocale()]);
  const lang = resolveLocale(locale);
  const countries = countryOptions(lang).map((c) => ({ value: c.code, label: c.name }));
  if (params.country && !countries.some((c) => c.value === params.country)) countries.unshift({ value: params.country, label: countryName(params.country, lang) });
  const filters: FilterDef[] = [
    { kind: "select", param: "country", label: t("filters.country"), allLabel: t("filters.all"), options: countries },
    { kind: "select", param: "kind", label: t("filters.kind"), allLabel: t("filters.all"), options: INVESTOR_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={can(user.role, "exports:run") ? <ExportMenu view="investors" /> : undefined} />
      <InvestorsTable page={page} filters={filters} />
    </>
  );
}
