import { getLocale, getTranslations } from "next-intl/server";
import { CapitalByCountryTile, CapitalByVsicTile, MonthlyNewProjectsTile, OccupancyByZoneTile, PlanPaceTile } from "@/components/dashboard/chart-tiles";
import { ConvertedCapitalTile, IncreasesTile, indicatorTitleKey, MonthlyIndicatorTile, NewProjectsTile, ValidFdiTile } from "@/components/dashboard/kpi-tiles";
import { ReportDatePicker } from "@/components/dashboard/report-date-picker";
import { Tile } from "@/components/dashboard/tile";
import { ZoneCard } from "@/components/dashboard/zone-card";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { firstParam } from "@/lib/data-table/url";
import { formatDate } from "@/lib/format";
import { utcCalendarDate } from "@/lib/format/calendar";
import { resolveLocale } from "@/lib/i18n/locale";
import { todayInVietnam } from "@/lib/rates/get-rate";
import { MONTHLY_INDICATORS } from "@/lib/reports/indicators";
import { isoDay } from "@/lib/reports/period";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** ?date=yyyy-MM-dd when it is a real calendar date between 1990 and 2100; anything else: null (today). */
function parseReportDate(value: string | undefined): string | null {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1990 || year > 2100) return null;
  const date = utcCalendarDate(year, month, day);
  return date === null ? null : isoDay(date);
}

// The managers' dashboard for a report date D (issue 5, item 3). The page awaits only the session
// and the messages; every tile is an async server component behind its own Suspense and error
// boundary (components/dashboard/tile.tsx), keyed by D so that a new date shows fresh skeletons.
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requirePagePermission("dashboard:read");
  const [raw, t, locale] = await Promise.all([searchParams, getTranslations("dashboard"), getLocale()]);
  const today = isoDay(todayInVietnam());
  const iso = parseReportDate(firstParam(raw, "date")) ?? today;
  const year = Number(iso.slice(0, 4));
  const props = { user, iso };
  const k = (id: string) => `${id}-${iso}`;

  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle", { year, date: formatDate(iso, resolveLocale(locale)), previousYear: year - 1 })}
        actions={<ReportDatePicker key={iso} value={iso} isToday={iso === today} />}
      />
      <div className="space-y-8" data-testid="dashboard" data-report-date={iso}>
        <section aria-labelledby="dashboard-kpi">
          <h2 id="dashboard-kpi" className="mb-3 text-lg font-semibold text-slate-900">
            {t("sections.kpi")}
          </h2>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
            <Tile key={k("new")} id="new-projects" title={t("kpi.newProjects.title")} size="kpi">
              <NewProjectsTile {...props} />
            </Tile>
            <Tile key={k("inc")} id="increases" title={t("kpi.increases.title")} size="kpi">
              <IncreasesTile {...props} />
            </Tile>
            <Tile key={k("conv")} id="converted" title={t("kpi.converted.title")} size="kpi">
              <ConvertedCapitalTile {...props} />
            </Tile>
            <Tile key={k("valid")} id="valid-fdi" title={t("kpi.validFdi.title")} size="kpi">
              <ValidFdiTile {...props} />
            </Tile>
          </div>
          <div className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {MONTHLY_INDICATORS.map((indicator) => (
              <Tile key={k(indicator)} id={indicator.toLowerCase()} title={t(indicatorTitleKey(indicator))} size="kpi">
                <MonthlyIndicatorTile {...props} indicator={indicator} />
              </Tile>
            ))}
          </div>
        </section>

        <section aria-labelledby="dashboard-zones">
          <h2 id="dashboard-zones" className="mb-3 text-lg font-semibold text-slate-900">
            {t("sections.zones")}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {(["KCN", "CCN"] as const).map((kind) => (
              <Tile key={k(kind)} id={`zones-${kind}`} title={t(`zones.${kind}`)} size="zone">
                <ZoneCard {...props} kind={kind} />
              </Tile>
            ))}
          </div>
        </section>

        <section aria-labelledby="dashboard-charts">
          <h2 id="dashboard-charts" className="mb-3 text-lg font-semibold text-slate-900">
            {t("sections.charts")}
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            <Tile key={k("c-monthly")} id="chart-monthly" title={t("charts.monthly.title", { year, previousYear: year - 1 })} size="chart" className="lg:col-span-2">
              <MonthlyNewProjectsTile {...props} />
            </Tile>
            <Tile key={k("c-pace")} id="chart-pace" title={t("charts.pace.title")} size="chart">
              <PlanPaceTile {...props} />
            </Tile>
            <Tile key={k("c-occ")} id="chart-occupancy" title={t("charts.occupancy.title")} size="chart">
              <OccupancyByZoneTile {...props} />
            </Tile>
            <Tile key={k("c-country")} id="chart-country" title={t("charts.country.title")} size="chart">
              <CapitalByCountryTile {...props} />
            </Tile>
            <Tile key={k("c-vsic")} id="chart-vsic" title={t("charts.vsic.title")} size="chart">
              <CapitalByVsicTile {...props} />
            </Tile>
          </div>
        </section>
      </div>
    </>
  );
}
