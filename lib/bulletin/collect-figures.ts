import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { periodRange } from "@/lib/reports/drilldown";
import { getIndicatorFigures, type IndicatorFigures } from "@/lib/reports/indicators";
import { getInvestmentFigures, type InvestmentFigures } from "@/lib/reports/investment";
import { reportPeriod } from "@/lib/reports/period";
import { getZoneFigures, type ZoneFigures } from "@/lib/reports/zones";
import { getSettings } from "@/lib/settings/get-settings";
import { listPeriodProjects, type PeriodProjectRow } from "./list-period-projects";

// Everything a bulletin prints, read for report date D the way the dashboard reads it
// (components/dashboard/queries.ts): the same lib/reports functions with the same arguments,
// province-wide. Nothing here computes a figure; document.ts only formats them.

export type BulletinFigures = {
  reportDate: Date;
  boardName: string;
  provinceName: string;
  investment: InvestmentFigures;
  indicators: IndicatorFigures;
  zones: ZoneFigures;
  /** The projects behind the "new projects" card (FDI and DDI), and behind the "capital increases" card. */
  newProjects: PeriodProjectRow[];
  increases: PeriodProjectRow[];
};

export async function collectBulletinFigures(actor: CurrentUser | null, reportDate: Date): Promise<BulletinFigures> {
  const period = reportPeriod(reportDate);
  const { from, to } = periodRange(period);
  const [investment, indicators, zones, settings, newProjects, increases] = await Promise.all([
    getInvestmentFigures(actor, period.to),
    getIndicatorFigures(actor, period.to),
    getZoneFigures(actor, { asOf: period.to, year: period.year }),
    getSettings(),
    listPeriodProjects(actor, { ircFrom: from, ircTo: to }, period),
    listPeriodProjects(actor, { increasedFrom: from, increasedTo: to }, period),
  ]);
  return { reportDate: period.to, boardName: settings.boardName, provinceName: settings.provinceName, investment, indicators, zones, newProjects, increases };
}
