import "server-only";
import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FilterDef, FilterOption } from "@/lib/data-table/filters";
import { nextQueryString } from "@/lib/data-table/query-string";
import type { RawSearchParams } from "@/lib/data-table/url";
import type { ZoneFacets } from "@/lib/zones/list-zone-facets";
import { INFRASTRUCTURE_STATUSES, PRIORITY_ANY, PRIORITY_NONE, ZONE_KINDS, ZONE_STATUSES, type ZoneListParams } from "@/lib/zones/list-params";

/**
 * The zones list's toolbar filters, as data for the generic table: status, district (those with a
 * zone of the chosen kind), in the plan to 2030, priority period, prioritised in a year (the years
 * the recorded periods cover), approved construction plan, infrastructure status. The kind is
 * chosen by the tabs above (KindTabs).
 */
export async function zoneFilters(facets: ZoneFacets, params: ZoneListParams): Promise<FilterDef[]> {
  const t = await getTranslations("zoneList");
  const districts: FilterOption[] = facets.districts
    .filter((d) => !params.kind || d.kinds.includes(params.kind))
    .map((d) => ({ value: d.name, label: d.name }));
  // A district the list does not offer (a link from elsewhere) still shows as chosen.
  if (params.district && !districts.some((d) => d.value === params.district)) districts.unshift({ value: params.district, label: params.district });
  const periods: FilterOption[] = [
    { value: PRIORITY_ANY, label: t("filters.priorityAny") },
    ...facets.periods.map((p) => ({ value: p, label: p.replace("-", "–"), depth: 1 as const })),
    { value: PRIORITY_NONE, label: t("filters.priorityNone") },
  ];
  // Every year some recorded period covers; a year from a link (the dashboard's) still shows as chosen.
  const years = new Set<number>(params.prioritisedIn !== undefined ? [params.prioritisedIn] : []);
  for (const p of facets.periods) for (let y = Number(p.slice(0, 4)); y <= Number(p.slice(5, 9)); y++) years.add(y);
  const yearOptions: FilterOption[] = [...years].sort((a, b) => a - b).map((y) => ({ value: String(y), label: String(y) }));
  return [
    { kind: "multi", param: "status", label: t("filters.status"), allLabel: t("filters.all"), options: ZONE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })) },
    { kind: "select", param: "district", label: t("filters.district"), allLabel: t("filters.allDistricts"), options: districts },
    {
      kind: "select",
      param: "inPlan",
      label: t("filters.inPlan"),
      allLabel: t("filters.all"),
      options: [
        { value: "yes", label: t("filters.inPlanYes") },
        { value: "no", label: t("filters.inPlanNo") },
      ],
    },
    { kind: "select", param: "priority", label: t("filters.priority"), allLabel: t("filters.all"), options: periods },
    { kind: "select", param: "prioritisedIn", label: t("filters.prioritisedIn"), allLabel: t("filters.all"), options: yearOptions },
    {
      kind: "select",
      param: "planApproved",
      label: t("filters.planApproved"),
      allLabel: t("filters.all"),
      options: [
        { value: "yes", label: t("filters.planApprovedYes") },
        { value: "no", label: t("filters.planApprovedNo") },
      ],
    },
    {
      kind: "multi",
      param: "infra",
      label: t("filters.infra"),
      allLabel: t("filters.all"),
      options: INFRASTRUCTURE_STATUSES.map((s) => ({ value: s, label: t(`infrastructure.${s}`) })),
    },
  ];
}

function toSearchParams(raw: RawSearchParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return new URLSearchParams(raw);
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) out.append(key, v);
  }
  return out;
}

/**
 * KCN / CCN tabs: links that change `kind` and keep the rest of the view. A district that has no
 * zone of the new kind is dropped with it, so the tab never opens on an empty list by accident.
 */
export async function KindTabs({ raw, params, facets }: { raw: RawSearchParams; params: ZoneListParams; facets: ZoneFacets }) {
  const t = await getTranslations("zoneList.tabs");
  const current = toSearchParams(raw);
  const tabs = [undefined, ...ZONE_KINDS] as const;
  return (
    <nav aria-label={t("label")} className="mb-4 flex gap-1 border-b border-slate-200" data-testid="zone-kind-tabs">
      {tabs.map((kind) => {
        const active = params.kind === kind;
        const keepDistrict = !kind || !params.district || facets.districts.some((d) => d.name === params.district && d.kinds.includes(kind));
        const href = `/zones${nextQueryString(current, { kind: kind ?? null, ...(keepDistrict ? {} : { district: null }) }, { resetPage: true })}`;
        return (
          <Link
            key={kind ?? "all"}
            href={href}
            aria-current={active ? "page" : undefined}
            data-testid={`zone-tab-${kind ?? "all"}`}
            className={clsx(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium transition-colors",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {kind ? t(kind) : t("all")}
          </Link>
        );
      })}
    </nav>
  );
}
