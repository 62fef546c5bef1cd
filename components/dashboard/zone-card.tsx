import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locale";
import type { ReactNode } from "react";
import type { ZoneKind } from "@/lib/generated/prisma/enums";
import { formatArea, formatCount, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { ccnSecondaryLinks, zoneCardLinks } from "@/lib/reports/drilldown";
import { FigureLink } from "./kpi-card";
import { capitalOf, type TileProps } from "./kpi-tiles";
import { zoneFigures } from "./queries";

// The KCN and CCN cards, from getZoneFigures (lib/reports/zones.ts) for the report date. Each count
// links to the list filtered to exactly its records (lib/reports/drilldown.ts): the zones list for
// the zone counts ("established" there means ESTABLISHED or OPERATING, as in the figures), the
// projects list for the CCN card's secondary projects.

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3 border-b border-slate-100 py-1.5 last:border-b-0">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-right text-sm font-semibold text-slate-900 tabular-nums" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<"dashboard.zones">>>;

export async function ZoneCard({ user, iso, kind }: TileProps & { kind: ZoneKind }) {
  const [t, locale, figures] = await Promise.all([getTranslations("dashboard.zones"), getLocale().then(resolveLocale), zoneFigures(user, iso)]);
  const f = figures[kind];
  const id = `zone-${kind}`;
  const links = zoneCardLinks(kind, figures.year);
  const established = links.established;
  const over = f.occupancy.occupancy !== null && Number(f.occupancy.occupancy) > 1;
  return (
    <div className="flex h-full flex-col" data-testid={id}>
      <dl>
        <Stat label={t("inPlan")} testId={`${id}-in-plan`}>
          <FigureLink href={links.inPlan} testId={`${id}-in-plan-link`}>
            {formatCount(f.inPlan2030, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("established")} testId={`${id}-established`}>
          <FigureLink href={established} testId={`${id}-established-link`}>
            {formatCount(f.established, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("operating")} testId={`${id}-operating`}>
          <FigureLink href={links.operating} testId={`${id}-operating-link`}>
            {formatCount(f.operating, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("area")} testId={`${id}-area`}>
          <FigureLink href={established} testId={`${id}-area-link`}>
            {formatArea(f.establishedAreaHa, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("occupancy")} testId={`${id}-occupancy`}>
          <FigureLink href={established} testId={`${id}-occupancy-link`} className={over ? "text-red-700" : undefined}>
            {formatPercent(f.occupancy.occupancy, locale)}
          </FigureLink>
          <span className="block text-xs font-normal text-slate-600">
            {t("occupancyDetail", { leased: formatArea(f.occupancy.leasedHa, locale), leasable: formatArea(f.occupancy.leasableHa, locale) })}
          </span>
        </Stat>
        <Stat label={t("basicallyComplete")} testId={`${id}-infra`}>
          <FigureLink href={links.basicallyComplete} testId={`${id}-infra-link`}>
            {formatCount(f.infrastructureBasicallyComplete, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("prioritised", { year: figures.year })} testId={`${id}-prioritised`}>
          <FigureLink href={links.prioritised} testId={`${id}-prioritised-link`}>
            {formatCount(f.prioritised, locale)}
          </FigureLink>
          <span className="block text-xs font-normal text-slate-600">
            {t("prioritisedApproved")}:{" "}
            <FigureLink href={links.prioritisedWithApprovedPlan} testId={`${id}-prioritised-approved-link`}>
              {formatCount(f.prioritisedWithApprovedPlan, locale)}
            </FigureLink>
          </span>
        </Stat>
        {kind === "CCN" && <CcnSecondary figures={figures.ccnSecondary} asOf={figures.asOf} t={t} locale={locale} />}
      </dl>
    </div>
  );
}

type ZoneFiguresData = Awaited<ReturnType<typeof zoneFigures>>;

/** The CCN card's secondary projects: FDI with capital in USD, DDI in VND, and the jobs they create. */
function CcnSecondary({ figures, asOf, t, locale }: { figures: ZoneFiguresData["ccnSecondary"]; asOf: Date | null; t: Translate; locale: Locale }) {
  const links = ccnSecondaryLinks(asOf);
  const id = "zone-CCN-secondary";
  return (
    <>
      {(["FDI", "DDI"] as const).map((type) => (
        <Stat key={type} label={t(type === "FDI" ? "secondaryFdi" : "secondaryDdi")} testId={`${id}-${type}`}>
          <FigureLink href={links[type]} testId={`${id}-${type}-link`}>
            {t("secondaryProjects", { count: formatCount(figures[type].count, locale) })}
          </FigureLink>
          <span className="block text-xs font-normal text-slate-600" data-testid={`${id}-${type}-capital`}>
            {capitalOf(type, figures[type], locale)}
          </span>
        </Stat>
      ))}
      <Stat label={t("secondaryJobs")} testId={`${id}-jobs`}>
        <FigureLink href={links.all} testId={`${id}-jobs-link`}>
          {formatCount(figures.jobs, locale)}
        </FigureLink>
      </Stat>
    </>
  );
}
