import { getTranslations } from "next-intl/server";
import { ExportMenu } from "@/components/exports/export-menu";
import { LinkButton } from "@/components/projects/link-button";
import { PageHeader } from "@/components/ui/card";
import { ZonesTable } from "@/components/zones/columns";
import { SummaryStrip } from "@/components/zones/summary-strip";
import { KindTabs, zoneFilters } from "@/components/zones/zone-filters";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { findZones } from "@/lib/zones/find-zones";
import { parseZoneListParams } from "@/lib/zones/list-params";
import { listZoneFacets } from "@/lib/zones/list-zone-facets";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ZonesPage({ searchParams }: Props) {
  const user = await requirePagePermission("zones:read");
  const raw = await searchParams;
  const params = parseZoneListParams(raw);
  const [list, facets, t] = await Promise.all([findZones(user, params), listZoneFacets(user), getTranslations("zoneList")]);
  const filters = await zoneFilters(facets, params);

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <div className="flex flex-wrap items-start gap-3">
            {can(user.role, "exports:run") && <ExportMenu view="zones" />}
            {can(user.role, "zones:write") && (
              <LinkButton href="/zones/new" testId="new-zone">
                <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
                  <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
                </svg>
                {t("new")}
              </LinkButton>
            )}
          </div>
        }
      />
      <KindTabs raw={raw} params={params} facets={facets} />
      <SummaryStrip summary={list.summary} />
      <ZonesTable list={list} filters={filters} footer={t("definition")} />
    </>
  );
}
