import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ZoneKind } from "@/lib/generated/prisma/enums";
import { formatArea, formatCount, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { FigureLink } from "./kpi-card";
import type { TileProps } from "./kpi-tiles";
import { zoneFigures } from "./queries";

// The KCN and CCN cards, from getZoneFigures (lib/reports/zones.ts) for the report date. Each count
// links to the zones list filtered to exactly those zones (lib/zones/list-params.ts's URL format);
// "established" there means ESTABLISHED or OPERATING, as in the figures. The list has no filter for
// "prioritised in year Y" (its priority filter matches one exact period) nor for an approved
// construction plan, so those two counts do not link.

/** `/zones?kind=CCN&status=ESTABLISHED,OPERATING` (commas kept readable, as the list writes them). */
function zonesHref(kind: ZoneKind, filters: Record<string, string> = {}): string {
  const parts = [`kind=${kind}`, ...Object.entries(filters).map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2C/g, ",")}`)];
  return `/zones?${parts.join("&")}`;
}

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

export async function ZoneCard({ user, iso, kind }: TileProps & { kind: ZoneKind }) {
  const [t, locale, figures] = await Promise.all([getTranslations("dashboard.zones"), getLocale().then(resolveLocale), zoneFigures(user, iso)]);
  const f = figures[kind];
  const id = `zone-${kind}`;
  const established = zonesHref(kind, { status: "ESTABLISHED,OPERATING" });
  const over = f.occupancy.occupancy !== null && Number(f.occupancy.occupancy) > 1;
  return (
    <div className="flex h-full flex-col" data-testid={id}>
      <dl>
        <Stat label={t("inPlan")} testId={`${id}-in-plan`}>
          <FigureLink href={zonesHref(kind, { inPlan: "yes" })} testId={`${id}-in-plan-link`}>
            {formatCount(f.inPlan2030, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("established")} testId={`${id}-established`}>
          <FigureLink href={established} testId={`${id}-established-link`}>
            {formatCount(f.established, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("operating")} testId={`${id}-operating`}>
          <FigureLink href={zonesHref(kind, { status: "OPERATING" })} testId={`${id}-operating-link`}>
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
          <FigureLink href={zonesHref(kind, { infra: "BASICALLY_COMPLETE" })} testId={`${id}-infra-link`}>
            {formatCount(f.infrastructureBasicallyComplete, locale)}
          </FigureLink>
        </Stat>
        <Stat label={t("prioritised", { year: figures.year })} testId={`${id}-prioritised`}>
          {formatCount(f.prioritised, locale)}
          <span className="block text-xs font-normal text-slate-600">
            {t("prioritisedApproved")}: {formatCount(f.prioritisedWithApprovedPlan, locale)}
          </span>
        </Stat>
        {kind === "CCN" && (
          <Stat label={t("secondary")} testId={`${id}-secondary`}>
            {formatCount(f.activeSecondary, locale)}
            <span className="block text-xs font-normal text-slate-600">
              {t("secondarySplit", { fdi: formatCount(f.activeSecondaryFdi, locale), ddi: formatCount(f.activeSecondaryDdi, locale) })}
            </span>
          </Stat>
        )}
      </dl>
      {kind === "CCN" && <p className="mt-auto pt-1 text-xs leading-4 text-slate-600">{t("secondaryGap")}</p>}
    </div>
  );
}
