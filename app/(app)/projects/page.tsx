import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectsTable } from "@/components/projects/columns";
import { ExportMenu } from "@/components/exports/export-menu";
import { DrilldownNotice } from "@/components/projects/drilldown-notice";
import { projectFilters } from "@/components/projects/project-filters";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatDate, formatNumber } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { findProjects } from "@/lib/projects/find-projects";
import { parseProjectListParams } from "@/lib/projects/list-params";
import { listZoneOptions } from "@/lib/projects/list-zone-options";
import { getSettings } from "@/lib/settings/get-settings";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: Props) {
  const user = await requirePagePermission("projects:read");
  const raw = await searchParams;
  const params = parseProjectListParams(raw);
  const [list, zones, settings, t, locale] = await Promise.all([
    findProjects(user, params),
    listZoneOptions(user),
    getSettings(),
    getTranslations(),
    getLocale(),
  ]);
  const lang = resolveLocale(locale);
  const filters = await projectFilters(zones, params);
  const rate = list.rate;
  const rateLine = rate
    ? t("projectList.rateLine", {
        rate: formatNumber(rate.rate, lang, { maxDecimals: 4 }),
        source: t(`settings.rateSources.${rate.source}`),
        date: formatDate(rate.effectiveOn, lang),
      })
    : t("projectList.noRateLine", { source: t(`settings.rateSources.${settings.rateSource}`), date: formatDate(list.reportDate, lang) });

  return (
    <>
      <PageHeader
        title={t("projectList.title")}
        subtitle={t("projectList.subtitle")}
        actions={
          <div className="flex flex-wrap items-start gap-3">
            <Link href="/amendments" data-testid="amendments-link" className="self-center text-sm font-medium text-brand-700 hover:underline">
              {t("amendmentList.openList")}
            </Link>
            {can(user.role, "exports:run") && <ExportMenu view="projects" />}
            {can(user.role, "projects:write") && (
              <Link
                href="/projects/new"
                data-testid="new-project"
                className="inline-flex items-center gap-2 rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white transition-colors hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
              >
                <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
                  <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
                </svg>
                {t("projectList.new")}
              </Link>
            )}
          </div>
        }
      />
      <DrilldownNotice params={params} raw={raw} />
      <ProjectsTable list={list} filters={filters} footer={<span data-testid="rate-line">{rateLine}</span>} />
    </>
  );
}
