import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LazyCapitalBreakdownChart, LazyMonthlyNewProjectsChart, LazyOccupancyByZoneChart, LazyPlanPaceChart } from "@/components/charts/lazy";
import { countryName } from "@/lib/countries";
import { formatCount, formatMoney, formatPercent } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { CapitalBreakdown } from "@/lib/reports/trends";
import { FigureLink } from "./kpi-card";

/** A name short enough for a chart axis on one line (the caption and the tooltip keep it whole). */
function axisLabel(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
import type { TileProps } from "./kpi-tiles";
import { capitalByCountry, capitalByVsic, establishedZoneOccupancy, indicatorFigures, monthlyNewProjects, planPace } from "./queries";

// The chart tiles: each reads its data on the server, writes the key numbers as text in a
// figcaption (what a screen reader and a printout get), and hands the data, typed as the query's
// result, to a recharts component that is loaded in the browser only (components/charts/lazy).

/** A chart in a fixed box above its caption. */
function ChartFigure({ chart, caption, testId }: { chart: ReactNode; caption: ReactNode; testId: string }) {
  return (
    <figure className="flex h-full flex-col" data-testid={testId}>
      <div className="h-64 min-h-0 w-full shrink-0">{chart}</div>
      <figcaption className="mt-2 line-clamp-3 text-xs leading-5 text-slate-600" data-testid={`${testId}-caption`}>
        {caption}
      </figcaption>
    </figure>
  );
}

async function Empty({ testId }: { testId: string }) {
  const t = await getTranslations("dashboard.charts");
  return (
    <p className="flex h-full items-center justify-center text-sm text-slate-600" data-testid={`${testId}-empty`}>
      {t("empty")}
    </p>
  );
}

export async function MonthlyNewProjectsTile({ user, iso }: TileProps) {
  const [t, data, ind] = await Promise.all([getTranslations("dashboard.charts.monthly"), monthlyNewProjects(user, iso), indicatorFigures(user, iso)]);
  const locale = resolveLocale(await getLocale());
  const caption = t("caption", {
    year: data.year,
    previousYear: data.previousYear,
    count: formatCount(ind.newProjects.value, locale),
    previousCount: formatCount(ind.newProjects.previous, locale),
  });
  return <ChartFigure testId="chart-monthly" chart={<LazyMonthlyNewProjectsChart data={data} />} caption={caption} />;
}

export async function PlanPaceTile({ user, iso }: TileProps) {
  const [t, data] = await Promise.all([getTranslations("dashboard.charts.pace"), planPace(user, iso, "INDUSTRIAL_PRODUCTION_VALUE")]);
  const locale = resolveLocale(await getLocale());
  const last = data.lastMonthReported === null ? undefined : data.months.find((m) => m.month === data.lastMonthReported);
  const target = formatMoney(data.target, "VND", locale);
  const caption = last
    ? t("caption", { month: last.month, value: formatMoney(last.cumulative, "VND", locale), plan: formatMoney(last.plan, "VND", locale), target })
    : t("captionNothing", { target });
  return <ChartFigure testId="chart-pace" chart={<LazyPlanPaceChart data={data} />} caption={caption} />;
}

/** "Dẫn đầu: Hàn Quốc 120 triệu USD, …" with each slice linking to its projects. */
async function TopSlices({ data, labels, testId }: { data: CapitalBreakdown; labels: Record<string, string>; testId: string }) {
  const [t, locale] = [await getTranslations("dashboard.charts"), resolveLocale(await getLocale())];
  return (
    <>
      {t("capitalCaption", { total: formatMoney(data.totalUsd, "USD", locale) })} {t("top")}{" "}
      {data.slices.slice(0, 3).map((s, i) => (
        <span key={s.key}>
          {i > 0 && ", "}
          <FigureLink href={s.href} testId={`${testId}-slice`}>
            {labels[s.key] ?? s.key} {formatMoney(s.capital.totalUsd, "USD", locale)}
          </FigureLink>
        </span>
      ))}
    </>
  );
}

export async function CapitalByCountryTile({ user, iso }: TileProps) {
  const [t, data] = await Promise.all([getTranslations("dashboard.charts.country"), capitalByCountry(user, iso)]);
  const locale = resolveLocale(await getLocale());
  if (data.slices.length === 0) return <Empty testId="chart-country" />;
  const names = Object.fromEntries(data.slices.map((s) => [s.key, countryName(s.key, locale)]));
  const labels = Object.fromEntries(data.slices.map((s) => [s.key, axisLabel(countryName(s.key, locale), 24)]));
  const others = data.others ? t("others", { count: formatCount(data.others.keys.length, locale) }) : undefined;
  return (
    <ChartFigure
      testId="chart-country"
      chart={<LazyCapitalBreakdownChart data={data} labels={labels} othersLabel={others} />}
      caption={<TopSlices data={data} labels={names} testId="chart-country" />}
    />
  );
}


export async function CapitalByVsicTile({ user, iso }: TileProps) {
  const [t, data] = await Promise.all([getTranslations("projectList.vsicSections"), capitalByVsic(user, iso)]);
  if (data.slices.length === 0) return <Empty testId="chart-vsic" />;
  const name = (key: string) => (t.has(key) ? t(key) : key);
  const labels = Object.fromEntries(data.slices.map((s) => [s.key, axisLabel(`${s.key} · ${name(s.key)}`, 26)]));
  return (
    <ChartFigure
      testId="chart-vsic"
      chart={<LazyCapitalBreakdownChart data={data} labels={labels} />}
      caption={<TopSlices data={data} labels={Object.fromEntries(data.slices.map((s) => [s.key, name(s.key)]))} testId="chart-vsic" />}
    />
  );
}

export async function OccupancyByZoneTile({ user, iso }: TileProps) {
  const [t, list] = await Promise.all([getTranslations("dashboard.charts"), establishedZoneOccupancy(user, iso)]);
  const locale = resolveLocale(await getLocale());
  if (list.data.length === 0) return <Empty testId="chart-occupancy" />;
  const top = list.data[0];
  const caption = (
    <>
      {t("occupancy.caption", { count: formatCount(list.count, locale), top: top ? `${top.code} · ${top.name} ${formatPercent(top.occupancy, locale)}` : "—" })}
      {list.count > list.data.length && ` ${t("occupancy.truncated", { shown: formatCount(list.data.length, locale), count: formatCount(list.count, locale) })}`}
    </>
  );
  return (
    <ChartFigure
      testId="chart-occupancy"
      chart={
        // A scrolled box keeps the tile's height fixed whatever the number of zones; focusable so a keyboard can scroll it.
        <div role="region" aria-label={t("scrollLabel")} tabIndex={0} className="h-full overflow-y-auto rounded focus-visible:outline-2 focus-visible:outline-brand-600">
          <LazyOccupancyByZoneChart data={list.data} />
        </div>
      }
      caption={caption}
    />
  );
}
