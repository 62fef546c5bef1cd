import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getIndicatorFigures, type IndicatorFigures } from "@/lib/reports/indicators";
import { getInvestmentFigures, type InvestmentFigures } from "@/lib/reports/investment";
import type { ReportPeriod } from "@/lib/reports/period";
import { getZoneFigures, type ZoneFigures } from "@/lib/reports/zones";
import { getSettings } from "@/lib/settings/get-settings";
import type { PeriodListHead } from "./list-period-projects";

// Everything a bulletin prints, read for report date D the way the dashboard reads it
// (components/dashboard/queries.ts): the same lib/reports functions with the same arguments,
// province-wide. Nothing here computes a figure; document.ts only formats them.

export type ReportFigures = {
  reportDate: Date;
  boardName: string;
  provinceName: string;
  investment: InvestmentFigures;
  indicators: IndicatorFigures;
  zones: ZoneFigures;
};

/** The figures, and the lists behind the "new projects" card (FDI and DDI) and the "capital increases" card (list-period-projects.ts). */
export type BulletinFigures = ReportFigures & { newProjects: PeriodListHead; increases: PeriodListHead };

export async function collectBulletinFigures(actor: CurrentUser | null, period: ReportPeriod): Promise<ReportFigures> {
  const [investment, indicators, zones, settings] = await Promise.all([
    getInvestmentFigures(actor, period.to),
    getIndicatorFigures(actor, period.to),
    getZoneFigures(actor, { asOf: period.to, year: period.year }),
    getSettings(),
  ]);
  return { reportDate: period.to, boardName: settings.boardName, provinceName: settings.provinceName, investment, indicators, zones };
}
