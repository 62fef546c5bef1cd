import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, countryOptions } from "@/lib/countries";
import type { FilterDef, FilterOption } from "@/lib/data-table/filters";
import { resolveLocale } from "@/lib/i18n/locale";
import { zoneShortName } from "@/lib/projects/zone-name";
import { OUTSIDE_ZONES, PROJECT_STATUSES, PROJECT_TYPES, type ProjectListParams } from "@/lib/projects/list-params";
import type { ZoneOption } from "@/lib/projects/list-zone-options";
import { VSIC_SECTIONS } from "@/lib/projects/vsic";

/**
 * The projects list's toolbar filters, as data for the generic table: type, status, location
 * (KCN / CCN / outside, or one zone), investor country, VSIC section, IRC date range, archive.
 * Each option's value is what the URL carries (see lib/projects/list-params.ts).
 */
export async function projectFilters(zones: ZoneOption[], params: ProjectListParams): Promise<FilterDef[]> {
  const [t, locale] = await Promise.all([getTranslations("projectList.filters"), getLocale()]);
  const tl = await getTranslations("projectList");
  const lang = resolveLocale(locale);

  const zoneOptions: FilterOption[] = [];
  for (const kind of ["KCN", "CCN"] as const) {
    zoneOptions.push({ value: kind, label: t(kind === "KCN" ? "inKcn" : "inCcn") });
    for (const z of zones.filter((zone) => zone.kind === kind)) zoneOptions.push({ value: String(z.id), label: `${zoneShortName(z.name)} (${z.code})`, depth: 1 });
  }
  zoneOptions.push({ value: OUTSIDE_ZONES, label: t("outsideZones") });

  const countries: FilterOption[] = countryOptions(lang).map((c) => ({ value: c.code, label: c.name }));
  // A country the table does not name (a link from elsewhere) still shows as chosen.
  if (params.country && !countries.some((c) => c.value === params.country)) {
    countries.unshift({ value: params.country, label: countryName(params.country, lang) });
  }

  return [
    { kind: "select", param: "type", label: t("type"), allLabel: t("all"), options: PROJECT_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) })) },
    { kind: "multi", param: "status", label: t("status"), allLabel: t("all"), options: PROJECT_STATUSES.map((v) => ({ value: v, label: tl(`statuses.${v}`) })) },
    { kind: "select", param: "zone", label: t("zone"), allLabel: t("allZones"), options: zoneOptions },
    { kind: "select", param: "country", label: t("country"), allLabel: t("all"), options: countries },
    { kind: "select", param: "vsic", label: t("vsic"), allLabel: t("all"), options: VSIC_SECTIONS.map((s) => ({ value: s, label: `${s} – ${tl(`vsicSections.${s}`)}` })) },
    { kind: "dateRange", fromParam: "ircFrom", toParam: "ircTo", label: t("ircDate"), fromLabel: t("ircFrom"), toLabel: t("ircTo") },
    {
      kind: "select",
      param: "archived",
      label: t("archived"),
      allLabel: t("archivedExclude"),
      options: [
        { value: "include", label: t("archivedInclude") },
        { value: "only", label: t("archivedOnly") },
      ],
    },
  ];
}
