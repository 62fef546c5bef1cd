import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getIndicatorFigures, type IndicatorFigures } from "@/lib/reports/indicators";
import { getInvestmentFigures, type InvestmentFigures } from "@/lib/reports/investment";
import type { ReportPeriod } from "@/lib/reports/period";
import { getZoneFigures, type ZoneFigures } from "@/lib/reports/zones";

// Every figure a bulletin prints, read for report date D the way the dashboard reads it
// (components/dashboard/queries.ts): the same lib/reports functions with the same arguments,
// province-wide. Nothing here computes a figure; document.ts only formats them. (The project
// lists behind two of the cards are read by read-period-lists.ts.)

export type BulletinFigures = {
  reportDate: Date;
  investment: InvestmentFigures;
  indicators: IndicatorFigures;
  zones: ZoneFigures;
};

export async function collectBulletinFigures(actor: CurrentUser | null, period: ReportPeriod): Promise<BulletinFigures> {
  const [investment, indicators, zones] = await Promise.all([
    getInvestmentFigures(actor, period.to),
    getIndicatorFigures(actor, period.to),
    getZoneFigures(actor, { asOf: period.to, year: period.year }),
  ]);
  return { reportDate: period.to, investment, indicators, zones };
}
