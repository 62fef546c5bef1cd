import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import type { ProjectListParams } from "@/lib/projects/list-params";

type RawParams = Record<string, string | string[] | undefined>;

// The dashboard's drill-down filters have no control in the toolbar; without this line a list
// opened from a card would be filtered with nothing on screen saying so.
const RANGES = [
  ["increased", "increasedFrom", "increasedTo"],
  ["decreased", "decreasedFrom", "decreasedTo"],
  ["newOrIncreased", "newOrIncreasedFrom", "newOrIncreasedTo"],
] as const;
const DRILLDOWN_PARAMS = [...RANGES.flatMap(([, from, to]) => [from, to]), "validAsOf", "secondary"];

function hrefWithout(raw: RawParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (DRILLDOWN_PARAMS.includes(key) || key === "page" || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) query.append(key, v);
  }
  const text = query.toString();
  return text ? `/projects?${text}` : "/projects";
}

/** States the drill-down filters in force, in words, with a link that removes them. */
export async function DrilldownNotice({ params, raw }: { params: ProjectListParams; raw: RawParams }) {
  const t = await getTranslations("projectList.drilldown");
  const lang = resolveLocale(await getLocale());
  const day = (iso: string | undefined) => (iso ? formatDate(iso, lang) : "…");
  const parts = RANGES.filter(([, from, to]) => params[from] || params[to]).map(([name, from, to]) =>
    t(name, { from: day(params[from]), to: day(params[to]) }),
  );
  if (params.validAsOf) parts.push(t("validAsOf", { date: day(params.validAsOf) }));
  if (params.secondary) parts.push(t(params.secondary === "yes" ? "secondary" : "notSecondary"));
  if (parts.length === 0) return null;
  return (
    <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800" data-testid="drilldown-notice">
      <span>
        <span className="font-medium">{t("label")}</span> {parts.join(" · ")}
      </span>
      <Link href={hrefWithout(raw)} className="text-brand-700 underline underline-offset-2" data-testid="drilldown-clear">
        {t("clear")}
      </Link>
    </p>
  );
}
