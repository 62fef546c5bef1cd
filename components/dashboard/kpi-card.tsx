import clsx from "clsx";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatPercentValue, MISSING } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";

// The pieces every KPI card is made of: a figure that links to its records, % of the annual plan
// with a bar, and cùng kỳ with the change in %. Percentages arrive from lib/reports as exact
// strings of the percentage itself ("55.70"); they are only formatted here.

const LINK = "rounded-sm underline decoration-slate-300 underline-offset-4 hover:decoration-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";

/** A count or sum that opens the list of exactly its records. */
export function FigureLink({ href, testId, className, children }: { href: string; testId: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} prefetch={false} data-testid={testId} className={clsx(LINK, className)}>
      {children}
    </Link>
  );
}

/** The headline value of a card. */
export function BigFigure({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="text-2xl leading-8 font-semibold text-slate-900 tabular-nums" data-testid={testId}>
      {children}
    </p>
  );
}

/** "▲ tăng 16,7%", "▼ giảm 3,2%", or "chưa so sánh được" when last year was 0 or missing. */
export async function Change({ pct, testId }: { pct: string | null; testId?: string }) {
  const [t, locale] = [await getTranslations("dashboard.common"), resolveLocale(await getLocale())];
  if (pct === null) return <span data-testid={testId} className="text-slate-600">{t("changeNone")}</span>;
  const value = Number(pct);
  const shown = formatPercentValue(Math.abs(value), locale, 1);
  if (shown === formatPercentValue(0, locale, 1)) return <span data-testid={testId} className="text-slate-600">{t("changeFlat")}</span>;
  const up = value > 0;
  return (
    <span data-testid={testId} className={clsx("font-medium whitespace-nowrap", up ? "text-emerald-800" : "text-red-700")}>
      <span aria-hidden>{up ? "▲ " : "▼ "}</span>
      {t(up ? "changeUp" : "changeDown", { pct: shown })}
    </span>
  );
}

/** "Cùng kỳ: 18 · ▲ tăng 16,7%". */
export async function SamePeriod({ value, pct, testId }: { value: string; pct: string | null; testId?: string }) {
  const t = await getTranslations("dashboard.common");
  return (
    <p className="text-xs leading-5 text-slate-600" data-testid={testId}>
      <span className="tabular-nums">{t("samePeriod", { value })}</span>
      <span aria-hidden> · </span>
      <Change pct={pct} />
    </p>
  );
}

/** % of the annual plan, with a bar (full at 100%); "no plan" when there is no target. */
export async function PlanProgress({ pct, target, testId }: { pct: string | null; target: string | null; testId?: string }) {
  const [t, locale] = [await getTranslations("dashboard.common"), resolveLocale(await getLocale())];
  if (pct === null || target === null) {
    return (
      <p className="text-xs leading-5 text-slate-600" data-testid={testId}>
        {t("noPlan")}
      </p>
    );
  }
  const value = Number(pct);
  const width = Math.max(0, Math.min(100, value));
  return (
    <div data-testid={testId}>
      <p className="text-xs leading-5 text-slate-700 tabular-nums">
        <span className="font-semibold text-slate-900" data-testid={testId ? `${testId}-pct` : undefined}>
          {formatPercentValue(pct, locale, 1)}
        </span>{" "}
        {t("ofPlan", { target })}
      </p>
      <div className="mt-1 h-1.5 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden>
        <div className={clsx("h-full rounded-full", value >= 100 ? "bg-emerald-600" : "bg-brand-600")} style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}

/** One labelled line of a card (FDI / DDI rows). */
export function FigureRow({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="flex items-baseline gap-2 text-sm leading-5" data-testid={testId}>
      <span className="w-9 shrink-0 text-xs font-semibold text-slate-600">{label}</span>
      <div className="min-w-0 flex-1 text-slate-800">{children}</div>
    </div>
  );
}

export { MISSING };
