import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditTimeline } from "@/components/audit/audit-timeline";
import { InvestorForm } from "@/components/investors/investor-form";
import { Badge, NEUTRAL_TONE, STATUS_TONE, TYPE_TONE } from "@/components/projects/badges";
import { Card } from "@/components/ui/card";
import { listAudit } from "@/lib/audit/list-audit";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/countries";
import { formatDate, formatMoneyExact, MISSING } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getInvestor } from "@/lib/investors/get-investor";
import { parseIdParam } from "@/lib/projects/route-params";

type Props = { params: Promise<{ id: string }> };

export default async function InvestorPage({ params }: Props) {
  const user = await requirePagePermission("projects:read");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const showAudit = can(user.role, "audit:read");
  const [investor, audit, t, locale] = await Promise.all([
    getInvestor(user, id),
    showAudit ? listAudit(user, [{ entity: "Investor", ids: [id] }]) : Promise.resolve([]),
    getTranslations(),
    getLocale(),
  ]);
  if (!investor) notFound();
  const lang = resolveLocale(locale);

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/investors" className="text-slate-600 hover:underline">
          ← {t("investors.backToList")}
        </Link>
      </nav>
      <header className="mb-6">
        <p className="mb-2">
          <Badge tone={NEUTRAL_TONE}>{t(`investors.kinds.${investor.kind}`)}</Badge>
        </p>
        <h1 className="text-2xl font-semibold break-words text-slate-900" data-testid="investor-name">
          {investor.name}
        </h1>
      </header>

      <Card className="mb-6">
        <div className="flex flex-wrap items-start justify-between gap-6">
          <dl className="grid flex-1 gap-x-8 gap-y-3 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("investors.fields.country")}</dt>
              <dd className="mt-0.5 text-slate-900" data-testid="investor-country">
                {countryName(investor.country, lang)} <span className="text-slate-500">({investor.country})</span>
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("investors.fields.identifier")}</dt>
              <dd className="mt-0.5 break-words text-slate-900">{investor.identifier ?? MISSING}</dd>
            </div>
            <div>
              <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t("investors.projectsTitle")}</dt>
              <dd className="mt-0.5 text-slate-900">{t("investors.projectsCount", { count: investor.totalProjects })}</dd>
            </div>
          </dl>
          {can(user.role, "projects:write") && (
            <InvestorForm
              id={investor.id}
              version={investor.version}
              initial={{ name: investor.name, kind: investor.kind, country: investor.country, identifier: investor.identifier ?? "" }}
            />
          )}
        </div>
      </Card>

      <Card className="mb-6 overflow-x-auto p-0">
        <h2 className="px-5 pt-5 pb-3 text-base font-semibold text-slate-900">{t("investors.projectsTitle")}</h2>
        {investor.projects.length === 0 ? (
          <p className="px-5 pb-5 text-sm text-slate-600">{t("investors.noProjects")}</p>
        ) : (
          <table className="w-full text-left text-sm" data-testid="investor-projects">
            <thead className="border-y border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                <th className="px-4 py-2">{t("projects.fields.code")}</th>
                <th className="px-4 py-2">{t("projects.fields.name")}</th>
                <th className="px-4 py-2">{t("projects.fields.type")}</th>
                <th className="px-4 py-2">{t("investors.role")}</th>
                <th className="px-4 py-2">{t("projects.fields.status")}</th>
                <th className="px-4 py-2">{t("projects.fields.ircFirstIssuedOn")}</th>
                <th className="px-4 py-2 text-right">{t("projects.fields.currentCapital")}</th>
              </tr>
            </thead>
            <tbody>
              {investor.projects.map((p) => (
                <tr key={p.id} className="border-b border-slate-100 align-top">
                  <td className="px-4 py-2 whitespace-nowrap">
                    <Link href={`/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                      {p.code}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    {p.name}
                    {p.archivedAt && (
                      <span className="ml-2">
                        <Badge tone={NEUTRAL_TONE}>{t("investors.archived")}</Badge>
                      </span>
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={TYPE_TONE[p.type]}>{t(`projects.typeShort.${p.type}`)}</Badge>
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">{p.isLead ? t("investors.lead") : t("investors.partner")}</td>
                  <td className="px-4 py-2">
                    <Badge tone={STATUS_TONE[p.status]}>{t(`projects.statuses.${p.status}`)}</Badge>
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDate(p.ircFirstIssuedOn, lang)}</td>
                  <td className="px-4 py-2 text-right whitespace-nowrap tabular-nums">{formatMoneyExact(p.currentCapital, p.currency, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {investor.projects.length < investor.totalProjects && (
          <p className="px-5 py-3 text-xs text-slate-500">{t("investors.projectsShown", { shown: investor.projects.length, total: investor.totalProjects })}</p>
        )}
      </Card>

      {showAudit && (
        <Card>
          <h2 className="text-base font-semibold text-slate-900">{t("audit.title")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("audit.subtitle")}</p>
          <AuditTimeline entries={audit} />
        </Card>
      )}
    </>
  );
}
