import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AuditTimeline } from "@/components/audit/audit-timeline";
import { AmendmentTimeline } from "@/components/projects/amendment-timeline";
import { ArchiveActions } from "@/components/projects/archive-actions";
import { Badge, NEUTRAL_TONE, STATUS_TONE, TYPE_TONE } from "@/components/projects/badges";
import { LinkButton } from "@/components/projects/link-button";
import { Card } from "@/components/ui/card";
import { listAudit, AUDIT_LIMIT } from "@/lib/audit/list-audit";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/countries";
import { formatArea, formatCount, formatDate, formatDateTime, formatMoney, formatMoneyExact, formatNumber, MISSING } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { chainTotals } from "@/lib/projects/preview-amendment";
import { parseIdParam } from "@/lib/projects/route-params";

type Props = { params: Promise<{ id: string }> };

export default async function ProjectPage({ params }: Props) {
  const user = await requirePagePermission("projects:read");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const project = await getProject(user, id);
  if (!project) notFound();
  const showAudit = can(user.role, "audit:read");
  const [audit, t, locale] = await Promise.all([
    showAudit
      ? listAudit(user, [
          { entity: "Project", ids: [project.id] },
          { entity: "Amendment", ids: project.amendments.map((a) => a.id) },
        ])
      : Promise.resolve([]),
    getTranslations(),
    getLocale(),
  ]);
  const lang = resolveLocale(locale);
  const canWrite = can(user.role, "projects:write");
  const archived = project.archivedAt !== null;
  const totals = chainTotals(project.amendments);
  const money = (v: string) => formatMoneyExact(v, project.currency, lang);
  const investor = (i: (typeof project)["leadInvestor"]) => (
    <span>
      <Link href={`/investors/${i.id}`} className="font-medium text-brand-700 hover:underline">
        {i.name}
      </Link>
      <span className="text-slate-500">
        {" "}
        · {countryName(i.country, lang)}
        {i.identifier ? ` · ${i.identifier}` : ""}
      </span>
    </span>
  );

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/projects" className="text-slate-600 hover:underline">
          ← {t("projects.backToList")}
        </Link>
      </nav>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <Badge tone={TYPE_TONE[project.type]} testId="project-type">
              {t(`projects.typeShort.${project.type}`)}
            </Badge>
            <Badge tone={STATUS_TONE[project.status]} testId="project-status">
              {t(`projects.statuses.${project.status}`)}
            </Badge>
            {archived && <Badge tone={NEUTRAL_TONE}>{t("projects.archive.archive")}</Badge>}
          </div>
          <h1 className="text-2xl font-semibold break-words text-slate-900" data-testid="project-name">
            {project.name}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            <span className="font-medium text-slate-800" data-testid="project-code">
              {project.code}
            </span>
            {" · "}
            {t("projects.fields.ircNumber")} {project.ircNumber}
            {" · "}
            {formatDate(project.ircFirstIssuedOn, lang)}
          </p>
        </div>
        {canWrite && (
          <div className="flex flex-wrap items-start gap-2">
            {!archived && (
              <>
                <LinkButton href={`/projects/${project.id}/edit`} variant="secondary" testId="edit-project">
                  {t("projects.edit")}
                </LinkButton>
                <LinkButton href={`/projects/${project.id}/amendments/new`} testId="add-amendment">
                  {t("projects.amendments.add")}
                </LinkButton>
              </>
            )}
            <ArchiveActions id={project.id} code={project.code} version={project.version} archived={archived} />
          </div>
        )}
      </header>

      {archived && (
        <p role="status" data-testid="archived-banner" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("projects.detail.archivedBanner", { at: formatDateTime(project.archivedAt, lang) })}
        </p>
      )}

      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <h2 className="text-base font-semibold text-slate-900">{t("projects.detail.capitalTitle")}</h2>
          <p className="mt-4 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("projects.detail.current")}</p>
          <p className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums" data-testid="current-capital">
            {money(project.currentCapital)}
          </p>
          <p className="text-sm text-slate-600">{formatMoney(project.currentCapital, project.currency, lang)}</p>
          <div className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm" data-testid="capital-usd">
            {project.currency === "USD" ? (
              <p className="text-slate-600">{t("projects.detail.usdNoConversion")}</p>
            ) : project.converted.usd !== null && project.converted.rate ? (
              <>
                <p className="font-medium text-slate-900 tabular-nums">
                  {t("projects.detail.converted")}: {formatMoneyExact(project.converted.usd, "USD", lang)}
                </p>
                <p className="text-xs text-slate-600" data-testid="rate-used">
                  {t("projects.detail.rateUsed", {
                    rate: formatNumber(project.converted.rate.rate, lang, { maxDecimals: 4 }),
                    date: formatDate(project.converted.rate.effectiveOn, lang),
                    source: t(`settings.rateSources.${project.converted.rate.source}`),
                  })}
                </p>
              </>
            ) : (
              <p className="text-amber-800">{t("projects.detail.noRate")}</p>
            )}
          </div>
          <dl className="mt-4 space-y-2 border-t border-slate-100 pt-4 text-sm">
            <Row label={t("projects.detail.initial")}>{money(project.initialCapital)}</Row>
            <Row label={t("projects.detail.increases", { count: totals.increaseCount })}>
              <span className={totals.increaseCount > 0 ? "text-emerald-700" : "text-slate-500"}>
                {totals.increaseCount > 0 ? `+${money(totals.increase)}` : MISSING}
              </span>
            </Row>
            <Row label={t("projects.detail.decreases", { count: totals.decreaseCount })}>
              <span className={totals.decreaseCount > 0 ? "text-red-700" : "text-slate-500"}>{totals.decreaseCount > 0 ? money(totals.decrease) : MISSING}</span>
            </Row>
          </dl>
          <p className="mt-3 text-xs text-slate-500">{t("projects.hints.currentCapitalDerived")}</p>
        </Card>

        <Card className="lg:col-span-2">
          <h2 className="mb-4 text-base font-semibold text-slate-900">{t("projects.sections.details")}</h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="project-fields">
            <Item label={t("projects.fields.code")}>{project.code}</Item>
            <Item label={t("projects.fields.ircNumber")}>{project.ircNumber}</Item>
            <Item label={t("projects.fields.ircFirstIssuedOn")}>{formatDate(project.ircFirstIssuedOn, lang)}</Item>
            <Item label={t("projects.fields.ircIssuingAgency")}>{project.ircIssuingAgency}</Item>
            <Item label={t("projects.fields.type")}>{t(`projects.types.${project.type}`)}</Item>
            <Item label={t("projects.fields.originCountry")}>
              {countryName(project.originCountry, lang)} ({project.originCountry})
            </Item>
            <Item label={t("projects.fields.leadInvestorId")} wide>
              {investor(project.leadInvestor)}
            </Item>
            <Item label={t("projects.fields.otherInvestorIds")} wide>
              {project.otherInvestors.length === 0 ? (
                t("projects.detail.noOtherInvestors")
              ) : (
                <ul className="space-y-1">
                  {project.otherInvestors.map((i) => (
                    <li key={i.id}>{investor(i)}</li>
                  ))}
                </ul>
              )}
            </Item>
            {project.investorException && (
              <Item label={t("projects.fields.investorException")} wide>
                <span className="whitespace-pre-line">{project.investorException}</span>
              </Item>
            )}
            <Item label={t("projects.fields.zoneId")}>
              {project.zone ? `${project.zone.kind} · ${project.zone.name} (${project.zone.code})` : t("projects.hints.noZone")}
            </Item>
            <Item label={t("projects.fields.isSecondary")}>{project.isSecondary ? t("projects.detail.secondary") : t("projects.detail.infrastructure")}</Item>
            <Item label={t("projects.fields.vsicCode")}>
              {project.vsicCode}
              <span className="block text-xs text-slate-500">
                {project.vsicSection} – {t(`projects.vsicSections.${project.vsicSection}`)}
              </span>
            </Item>
            <Item label={t("projects.fields.currency")}>{t(`projects.currencies.${project.currency}`)}</Item>
            <Item label={t("projects.fields.landAreaHa")}>{formatArea(project.landAreaHa, lang, 4)}</Item>
            <Item label={t("projects.fields.plannedJobs")}>{formatCount(project.plannedJobs, lang)}</Item>
            <Item label={t("projects.fields.status")}>
              {t(`projects.statuses.${project.status}`)}
              {(project.statusDecisionNo || project.statusDecisionOn) && (
                <span className="block text-xs text-slate-500">
                  {t("projects.detail.decision", { number: project.statusDecisionNo ?? MISSING, date: formatDate(project.statusDecisionOn, lang) })}
                </span>
              )}
            </Item>
            <Item label={t("projects.fields.createdBy")}>
              {project.createdBy ?? MISSING}
              <span className="block text-xs text-slate-500">{formatDateTime(project.createdAt, lang)}</span>
            </Item>
            <Item label={t("projects.fields.updatedAt")}>
              {formatDateTime(project.updatedAt, lang)}
              <span className="block text-xs text-slate-500">
                {t("projects.fields.version")} {project.version}
              </span>
            </Item>
          </dl>
        </Card>
      </div>

      <Card className="mb-6">
        <section id="amendments" aria-labelledby="amendments-title">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="amendments-title" className="text-base font-semibold text-slate-900">
              {t("projects.amendments.title")}
            </h2>
          </div>
          <AmendmentTimeline projectId={project.id} currency={project.currency} amendments={project.amendments} canWrite={canWrite && !archived} />
        </section>
      </Card>

      {showAudit && (
        <Card>
          <section aria-labelledby="audit-title">
            <h2 id="audit-title" className="text-base font-semibold text-slate-900">
              {t("audit.title")}
            </h2>
            <p className="mb-4 text-sm text-slate-600">{t("audit.subtitle")}</p>
            <AuditTimeline
              entries={audit}
              currency={project.currency}
              amendmentNumbers={Object.fromEntries(project.amendments.map((a) => [String(a.id), a.number]))}
              limit={AUDIT_LIMIT}
            />
          </section>
        </Card>
      )}
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right font-medium text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

function Item({ label, wide, children }: { label: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900">{children}</dd>
    </div>
  );
}
