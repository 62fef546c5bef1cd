import clsx from "clsx";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { active: "targets" | "actuals"; year: number; scopeKey?: string };

/** The two views of a year's plan: targets and monthly actuals, each keeping the year (and scope) in its link. */
export async function PlanNav({ active, year, scopeKey }: Props) {
  const t = await getTranslations("plans");
  const actualsQuery = new URLSearchParams({ year: String(year), ...(scopeKey && scopeKey !== "PROVINCE" ? { scope: scopeKey } : {}) });
  const tabs = [
    { key: "targets", href: `/plans?year=${year}`, label: t("tabs.targets") },
    { key: "actuals", href: `/plans/actuals?${actualsQuery.toString()}`, label: t("tabs.actuals") },
  ] as const;
  return (
    <nav aria-label={t("tabs.label")} className="mb-5 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={active === tab.key ? "page" : undefined}
          data-testid={`plans-tab-${tab.key}`}
          className={clsx(
            "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
            active === tab.key ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
