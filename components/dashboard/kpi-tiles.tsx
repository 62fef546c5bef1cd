import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Sparkline } from "@/components/charts/sparkline";
import type { CurrentUser } from "@/lib/auth/current-user";
import { formatCount, formatDate, formatMoney, formatNumber } from "@/lib/format";
import { resolveLocale, type Locale } from "@/lib/i18n/locale";
import { investmentLinks, periodRange, projectListHref } from "@/lib/reports/drilldown";
import type { MonthlyIndicator } from "@/lib/reports/indicators";
import { percentChange, type Group } from "@/lib/reports/investment";
import { PROVINCE, reportPeriod } from "@/lib/reports/period";
import type { RateUsed } from "@/lib/rates/convert";
import { BigFigure, Change, FigureLink, FigureRow, PlanProgress, SamePeriod } from "./kpi-card";
import { indicatorFigures, investmentFigures, monthlyNewProjects, planPace } from "./queries";

// The KPI tiles' bodies: async server components, each reading its figures from lib/reports (via
// the per-request cache in ./queries) for the report date `iso` (yyyy-MM-dd), province-wide.
// Every count and sum of project records links to the projects list filtered to exactly them
// (lib/reports/drilldown.ts); the monthly actuals have no record list, so they do not link.

export type TileProps = { user: CurrentUser; iso: string };

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function setup() {
  const [t, tc, locale] = await Promise.all([getTranslations("dashboard"), getTranslations(), getLocale()]);
  return { t, tc, locale: resolveLocale(locale) };
}

/** The headline capital of a type: FDI in converted USD, DDI in VND (investment.ts's convention). */
export function capitalOf(type: "FDI" | "DDI", group: Group, locale: Locale): string {
  return type === "FDI" ? formatMoney(group.capital.totalUsd, "USD", locale) : formatMoney(group.capital.vnd, "VND", locale);
}

/** "Tỷ giá 25.450 đồng/USD (…, hiệu lực từ 01/06/2026)", or the no-rate warning. */
async function RateLine({ rate, testId }: { rate: RateUsed | null; testId: string }) {
  const { t, tc, locale } = await setup();
  return (
    <p className="text-xs leading-4 text-slate-600" data-testid={testId}>
      {rate
        ? t("common.rate", {
            rate: formatNumber(rate.rate, locale, { maxDecimals: 4 }),
            source: tc(`settings.rateSources.${rate.source}`),
            date: formatDate(rate.effectiveOn, locale),
          })
        : t("common.noRate")}
    </p>
  );
}

function Bottom({ children }: { children: ReactNode }) {
  return <div className="mt-auto pt-2">{children}</div>;
}

function Body({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div className="flex h-full flex-col gap-2" data-testid={testId}>
      {children}
    </div>
  );
}

// ---- new projects (FDI and DDI), against the NEW_PROJECTS plan

export async function NewProjectsTile({ user, iso }: TileProps) {
  const [{ t, locale }, inv, ind, monthly] = await Promise.all([setup(), investmentFigures(user, iso), indicatorFigures(user, iso), monthlyNewProjects(user, iso)]);
  const links = investmentLinks(day(iso), PROVINCE).current;
  const { from, to } = periodRange(reportPeriod(day(iso)));
  const { FDI, DDI } = inv.current.newProjects;
  const total = FDI.count + DDI.count;
  const unit = t("common.projectsUnit");
  const points = monthly.months.filter((m) => m.current !== null).map((m) => `${t("charts.monthly.month", { month: m.month })} ${formatCount(m.current?.count ?? 0, locale)}`);
  return (
    <Body testId="kpi-new-projects">
      <BigFigure>
        <FigureLink href={projectListHref({ ircFrom: from, ircTo: to })} testId="kpi-new-projects-count">
          {formatCount(total, locale)}
        </FigureLink>{" "}
        <span className="text-sm font-normal text-slate-600">{unit}</span>
      </BigFigure>
      <PlanProgress pct={ind.newProjects.percentOfPlan} target={ind.newProjects.target === null ? null : `${formatCount(ind.newProjects.target, locale)} ${unit}`} testId="kpi-new-projects-plan" />
      <SamePeriod value={formatCount(ind.newProjects.previous, locale)} pct={ind.newProjects.changePct} testId="kpi-new-projects-previous" />
      {(["FDI", "DDI"] as const).map((type) => {
        const group = type === "FDI" ? FDI : DDI;
        return (
          <FigureRow key={type} label={type} testId={`kpi-new-${type}`}>
            <FigureLink href={links.newProjects[type]} testId={`kpi-new-${type}-count`} className="font-semibold tabular-nums">
              {formatCount(group.count, locale)}
            </FigureLink>{" "}
            <span className="text-slate-600">{unit}</span>
            <span aria-hidden> · </span>
            <FigureLink href={links.newProjects[type]} testId={`kpi-new-${type}-capital`} className="tabular-nums">
              {capitalOf(type, group, locale)}
            </FigureLink>
            <span className="block text-xs text-slate-600">
              <span className="tabular-nums">{t("common.samePeriod", { value: formatCount(inv.previous.newProjects[type].count, locale) })}</span>
              <span aria-hidden> · </span>
              <Change pct={inv.change.newProjects[type].countPct} />
            </span>
          </FigureRow>
        );
      })}
      <Bottom>
        <Sparkline
          values={monthly.months.map((m) => (m.current === null ? null : m.current.count))}
          compare={monthly.months.map((m) => m.previous.count)}
          label={t("common.trendLabel", { compare: t("common.compareLastYear"), points: points.join(", ") || "—" })}
          testId="kpi-new-projects-trend"
        />
      </Bottom>
    </Body>
  );
}

// ---- capital increases (FDI and DDI), decreases reported apart

export async function IncreasesTile({ user, iso }: TileProps) {
  const [{ t, locale }, inv] = await Promise.all([setup(), investmentFigures(user, iso)]);
  const links = investmentLinks(day(iso), PROVINCE).current;
  const unit = t("common.projectsUnit");
  const { increases, decreases } = inv.current;
  const total = increases.FDI.count + increases.DDI.count;
  const previousTotal = inv.previous.increases.FDI.count + inv.previous.increases.DDI.count;
  const { from, to } = periodRange(reportPeriod(day(iso)));
  return (
    <Body testId="kpi-increases">
      <BigFigure>
        <FigureLink href={projectListHref({ increasedFrom: from, increasedTo: to })} testId="kpi-increases-count">
          {formatCount(total, locale)}
        </FigureLink>{" "}
        <span className="text-sm font-normal text-slate-600">{unit}</span>
      </BigFigure>
      <SamePeriod value={formatCount(previousTotal, locale)} pct={percentChange(total, previousTotal)} testId="kpi-increases-previous" />
      {(["FDI", "DDI"] as const).map((type) => (
        <FigureRow key={type} label={type} testId={`kpi-inc-${type}`}>
          <FigureLink href={links.increases[type]} testId={`kpi-inc-${type}-count`} className="font-semibold tabular-nums">
            {formatCount(increases[type].count, locale)}
          </FigureLink>{" "}
          <span className="text-slate-600">{unit}</span>
          <span aria-hidden> · </span>
          <FigureLink href={links.increases[type]} testId={`kpi-inc-${type}-capital`} className="tabular-nums">
            {t("kpi.increases.capital", { amount: capitalOf(type, increases[type], locale) })}
          </FigureLink>
          <span className="block text-xs text-slate-600">
            <span className="tabular-nums">
              {t("common.samePeriod", { value: `${formatCount(inv.previous.increases[type].count, locale)} · ${capitalOf(type, inv.previous.increases[type], locale)}` })}
            </span>
            <span aria-hidden> · </span>
            <Change pct={inv.change.increases[type].capitalPct} />
          </span>
        </FigureRow>
      ))}
      <Bottom>
        <p className="text-xs leading-4 text-slate-600" data-testid="kpi-decreases">
          {t("kpi.increases.decreases", {
            fdi: formatCount(decreases.FDI.count, locale),
            fdiAmount: capitalOf("FDI", decreases.FDI, locale),
            ddi: formatCount(decreases.DDI.count, locale),
            ddiAmount: capitalOf("DDI", decreases.DDI, locale),
          })}
        </p>
      </Bottom>
    </Body>
  );
}

// ---- new + added capital converted to USD, against the REGISTERED_CAPITAL_CONVERTED plan

export async function ConvertedCapitalTile({ user, iso }: TileProps) {
  const [{ t, locale }, inv, ind] = await Promise.all([setup(), investmentFigures(user, iso), indicatorFigures(user, iso)]);
  const href = investmentLinks(day(iso), PROVINCE).current.newAndAdded;
  const figure = ind.convertedCapital;
  return (
    <Body testId="kpi-converted">
      <BigFigure>
        <FigureLink href={href} testId="kpi-converted-value">
          {formatMoney(figure.value, "USD", locale)}
        </FigureLink>
      </BigFigure>
      <p className="text-sm text-slate-700">
        <FigureLink href={href} testId="kpi-converted-projects" className="tabular-nums">
          {t("kpi.converted.projects", { count: formatCount(inv.current.newAndAdded.projects, locale) })}
        </FigureLink>
      </p>
      <PlanProgress pct={figure.percentOfPlan} target={figure.target === null ? null : formatMoney(figure.target, "USD", locale)} testId="kpi-converted-plan" />
      <SamePeriod value={formatMoney(figure.previous, "USD", locale)} pct={figure.changePct} testId="kpi-converted-previous" />
      <Bottom>
        <RateLine rate={figure.rate} testId="kpi-converted-rate" />
      </Bottom>
    </Body>
  );
}

// ---- valid FDI projects province-wide, with their registered capital

export async function ValidFdiTile({ user, iso }: TileProps) {
  const [{ t, locale }, inv] = await Promise.all([setup(), investmentFigures(user, iso)]);
  const href = investmentLinks(day(iso), PROVINCE).current.valid.FDI;
  const valid = inv.current.valid.FDI;
  const unit = t("common.projectsUnit");
  return (
    <Body testId="kpi-valid-fdi">
      <BigFigure>
        <FigureLink href={href} testId="kpi-valid-fdi-count">
          {formatCount(valid.count, locale)}
        </FigureLink>{" "}
        <span className="text-sm font-normal text-slate-600">{unit}</span>
      </BigFigure>
      <p className="text-sm text-slate-700">
        <FigureLink href={href} testId="kpi-valid-fdi-capital" className="tabular-nums">
          {t("kpi.validFdi.capital", { amount: formatMoney(valid.capital.totalUsd, "USD", locale) })}
        </FigureLink>
      </p>
      <p className="text-xs text-slate-600">{t("kpi.validFdi.asOf", { date: formatDate(inv.current.period.to, locale) })}</p>
      <SamePeriod value={formatCount(inv.previous.valid.FDI.count, locale)} pct={inv.change.valid.FDI.countPct} testId="kpi-valid-fdi-previous" />
      <p className="text-xs leading-5 text-slate-600">
        <span className="tabular-nums">{t("common.samePeriod", { value: formatMoney(inv.previous.valid.FDI.capital.totalUsd, "USD", locale) })}</span>
        <span aria-hidden> · </span>
        <Change pct={inv.change.valid.FDI.capitalPct} />
      </p>
      <Bottom>
        <RateLine rate={inv.current.rate} testId="kpi-valid-fdi-rate" />
      </Bottom>
    </Body>
  );
}

// ---- production, exports, jobs: the monthly actuals YTD against the plan

const INDICATOR_TILES = {
  INDUSTRIAL_PRODUCTION_VALUE: { key: "production", field: "production", projection: true },
  EXPORT_VALUE: { key: "exports", field: "exports", projection: true },
  JOBS: { key: "jobs", field: "jobs", projection: false },
} as const satisfies Record<MonthlyIndicator, { key: string; field: "production" | "exports" | "jobs"; projection: boolean }>;

export async function MonthlyIndicatorTile({ user, iso, indicator }: TileProps & { indicator: MonthlyIndicator }) {
  const [{ t, locale }, ind, pace] = await Promise.all([setup(), indicatorFigures(user, iso), planPace(user, iso, indicator)]);
  const spec = INDICATOR_TILES[indicator];
  const figure = ind[spec.field];
  const amount = (value: string | null) =>
    figure.unit === "job" ? (value === null ? formatCount(null, locale) : t("kpi.jobs.unit", { count: formatCount(value, locale) })) : formatMoney(value, figure.unit, locale);
  const notes: string[] = [];
  if (figure.hasEstimate) notes.push(t("kpi.monthly.estimate"));
  if (figure.missingMonths.length > 0) notes.push(t("kpi.monthly.missing", { months: figure.missingMonths.join(", ") }));
  const testId = `kpi-${spec.key}`;
  const points = pace.months
    .filter((m) => m.cumulative !== null)
    .map((m) => `${t("charts.monthly.month", { month: m.month })} ${amount(m.cumulative)}`);
  return (
    <Body testId={testId}>
      <BigFigure testId={`${testId}-value`}>{amount(figure.ytd)}</BigFigure>
      <p className="text-xs leading-4 text-slate-600" data-testid={`${testId}-through`}>
        {figure.lastMonthReported === null ? t("kpi.monthly.nothing") : t("kpi.monthly.through", { month: figure.lastMonthReported, year: figure.year })}
        {notes.length > 0 && ` (${notes.join("; ")})`}
      </p>
      <PlanProgress pct={figure.percentOfPlan} target={figure.target === null ? null : amount(figure.target)} testId={`${testId}-plan`} />
      <SamePeriod value={amount(figure.previous.value)} pct={figure.changePct} testId={`${testId}-previous`} />
      {spec.projection && figure.projection && (
        <p className="text-xs leading-5 text-slate-700" data-testid={`${testId}-projection`}>
          <span className="mr-1 rounded-sm bg-amber-100 px-1 py-0.5 text-[0.6875rem] font-semibold text-amber-900 uppercase">{t("common.projection")}</span>
          {t("kpi.monthly.projection", { value: amount(figure.projection.value) })}
          {figure.projection.willMeetPlan !== null && (
            <>
              {" — "}
              <span className={figure.projection.willMeetPlan ? "font-medium text-emerald-800" : "font-medium text-red-700"}>
                {t(figure.projection.willMeetPlan ? "kpi.monthly.willMeet" : "kpi.monthly.willMiss")}
              </span>
            </>
          )}
        </p>
      )}
      <Bottom>
        <Sparkline
          values={pace.months.map((m) => (m.cumulative === null ? null : Number(m.cumulative)))}
          compare={pace.months.map((m) => (m.plan === null ? null : Number(m.plan)))}
          label={t("common.trendLabel", { compare: t("common.comparePlan"), points: points.join(", ") || "—" })}
          testId={`${testId}-trend`}
        />
      </Bottom>
    </Body>
  );
}

export function indicatorTitleKey(indicator: MonthlyIndicator): "kpi.production.title" | "kpi.exports.title" | "kpi.jobs.title" {
  return `kpi.${INDICATOR_TILES[indicator].key}.title`;
}

