import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AuditTimeline } from "@/components/audit/audit-timeline";
import { ExportMenu } from "@/components/exports/export-menu";
import { ProjectsTable } from "@/components/projects/columns";
import { projectFilters } from "@/components/projects/project-filters";
import { LinkButton } from "@/components/projects/link-button";
import { Card } from "@/components/ui/card";
import { INFRA_TONE, ZONE_KIND_TONE, ZONE_STATUS_TONE, ZoneBadge } from "@/components/zones/columns";
import { OccupancyGauge } from "@/components/zones/occupancy-gauge";
import { ProgressChart } from "@/components/zones/progress-chart";
import { AUDIT_LIMIT, listAudit } from "@/lib/audit/list-audit";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { formatArea, formatDate, formatDateTime, formatPercent, formatPercentValue, MISSING } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { findProjects } from "@/lib/projects/find-projects";
import { parseProjectListParams } from "@/lib/projects/list-params";
import { parseIdParam } from "@/lib/projects/route-params";
import { getZone } from "@/lib/zones/get-zone";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ZonePage({ params, searchParams }: Props) {
  const user = await requirePagePermission("zones:read");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const zone = await getZone(user, id);
  if (!zone) notFound();
  const showAudit = can(user.role, "audit:read");
  const canCorrect = can(user.role, "progress:write");
  const showProjects = can(user.role, "projects:read");
  // The zone's projects: the projects list itself, its URL state on this page, fixed to this zone.
  const projectParams = { ...parseProjectListParams(await searchParams), zone: zone.id };
  const [projects, audit, t, locale] = await Promise.all([
    showProjects ? findProjects(user, projectParams) : Promise.resolve(null),
    showAudit
      ? listAudit(user, [
          { entity: "Zone", ids: [zone.id] },
          { entity: "ZoneProgressUpdate", ids: zone.progress.map((p) => p.id) },
        ])
      : Promise.resolve([]),
    getTranslations(),
    getLocale(),
  ]);
  const lang = resolveLocale(locale);
  const filters = projects ? (await projectFilters([], projectParams)).filter((f) => f.kind === "dateRange" || f.param !== "zone") : [];
  const tz = (key: string, values?: Record<string, string>) => t(`zoneDetail.${key}`, values);
  const latest = zone.progress.at(-1);

  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/zones" className="text-slate-600 hover:underline">
          ← {tz("backToList")}
        </Link>
      </nav>
      <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <ZoneBadge tone={ZONE_KIND_TONE[zone.kind]} testId="zone-kind">
              {t(`zoneList.kindNames.${zone.kind}`)}
            </ZoneBadge>
            <ZoneBadge tone={ZONE_STATUS_TONE[zone.status]} testId="zone-status">
              {t(`zoneList.statuses.${zone.status}`)}
            </ZoneBadge>
            {zone.overfull && (
              <ZoneBadge tone="bg-red-50 text-red-800 ring-red-600/25" testId="zone-overfull-badge">
                {t("zoneList.overfull")}
              </ZoneBadge>
            )}
          </div>
          <h1 className="text-2xl font-semibold break-words text-slate-900" data-testid="zone-name">
            {zone.name}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            <span className="font-medium text-slate-800" data-testid="zone-code">
              {zone.code}
            </span>
            {" · "}
            {zone.district}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {can(user.role, "zones:write") && (
            <LinkButton href={`/zones/${zone.id}/edit`} variant="secondary" testId="edit-zone">
              {tz("edit")}
            </LinkButton>
          )}
          {can(user.role, "progress:write") && (
            <LinkButton href={`/zones/${zone.id}/progress/new`} testId="add-progress">
              {tz("addProgress")}
            </LinkButton>
          )}
        </div>
      </header>

      <div className="mb-6 grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-1">
          <h2 className="mb-3 text-base font-semibold text-slate-900">{tz("sections.occupancy")}</h2>
          <OccupancyGauge occupancy={zone.occupancy} overfull={zone.overfull} />
        </Card>
        <Card className="lg:col-span-2">
          <h2 className="mb-4 text-base font-semibold text-slate-900">{tz("sections.details")}</h2>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2" data-testid="zone-fields">
            <Item label={tz("fields.code")}>{zone.code}</Item>
            <Item label={tz("fields.kind")}>{t(`zoneList.kindNames.${zone.kind}`)}</Item>
            <Item label={tz("fields.name")} wide>
              {zone.name}
            </Item>
            <Item label={tz("fields.district")}>{zone.district}</Item>
            <Item label={tz("fields.status")}>{t(`zoneList.statuses.${zone.status}`)}</Item>
            <Item label={tz("fields.establishingDecision")}>
              {zone.establishingDecisionNo || zone.establishingDecisionDate
                ? tz("decision", { number: zone.establishingDecisionNo ?? MISSING, date: formatDate(zone.establishingDecisionDate, lang) })
                : MISSING}
            </Item>
            <Item label={tz("fields.infrastructureInvestor")}>{zone.infrastructureInvestor ?? MISSING}</Item>
            <Item label={tz("fields.totalArea")} numeric>
              <span data-testid="zone-total-area">{formatArea(zone.totalAreaHa, lang, 4)}</span>
            </Item>
            <Item label={tz("fields.leasable")} numeric>
              {formatArea(zone.leasableAreaHa, lang, 4)}
            </Item>
            <Item label={tz("fields.inPlan2030")}>{zone.inPlan2030 ? t("common.yes") : t("common.no")}</Item>
            <Item label={tz("fields.priority")}>
              {zone.priorityFromYear !== null && zone.priorityToYear !== null ? `${zone.priorityFromYear}–${zone.priorityToYear}` : tz("noPriority")}
            </Item>
            <Item label={tz("fields.constructionPlanApproved")}>{zone.constructionPlanApproved ? tz("planApproved") : tz("planNotApproved")}</Item>
            <Item label={tz("fields.infrastructureStatus")}>
              <ZoneBadge tone={INFRA_TONE[zone.infrastructureStatus]}>{t(`zoneList.infrastructure.${zone.infrastructureStatus}`)}</ZoneBadge>
            </Item>
            <Item label={tz("fields.createdAt")}>{formatDateTime(zone.createdAt, lang)}</Item>
            <Item label={tz("fields.updatedAt")}>
              {formatDateTime(zone.updatedAt, lang)}
              <span className="block text-xs text-slate-500">
                {tz("fields.version")} {zone.version}
              </span>
            </Item>
          </dl>
        </Card>
      </div>

      <Card className="mb-6">
        <section aria-labelledby="progress-title">
          <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
            <h2 id="progress-title" className="text-base font-semibold text-slate-900">
              {tz("sections.progress")}
            </h2>
            {zone.progress.length > 0 && can(user.role, "exports:run") && <ExportMenu view="zone-progress" params={{ zone: String(zone.id) }} />}
          </div>
          {zone.progress.length === 0 ? (
            <p className="text-sm text-slate-600" data-testid="progress-empty">
              {tz("progress.empty")}
            </p>
          ) : (
            <>
              <ProgressChart progress={zone.progress} />
              <h3 className="mt-6 mb-2 text-sm font-semibold text-slate-800">{tz("progress.history")}</h3>
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="progress-table">
                  <thead className="bg-slate-50 text-xs text-slate-600 uppercase">
                    <tr>
                      <th className="px-3 py-2 font-semibold">{tz("progress.date")}</th>
                      <th className="px-3 py-2 text-right font-semibold">{tz("progress.cleared")}</th>
                      <th className="px-3 py-2 text-right font-semibold">{tz("progress.toClear")}</th>
                      <th className="px-3 py-2 text-right font-semibold">{tz("progress.clearance")}</th>
                      <th className="px-3 py-2 text-right font-semibold">{tz("progress.infrastructure")}</th>
                      <th className="px-3 py-2 font-semibold">{tz("progress.note")}</th>
                      {canCorrect && <th className="px-3 py-2" aria-label={tz("progress.correct")} />}
                    </tr>
                  </thead>
                  <tbody>
                    {[...zone.progress].reverse().map((p) => (
                      <tr key={p.id} className="border-t border-slate-100 align-top" data-testid="progress-row">
                        <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDate(p.reportedOn, lang)}</td>
                        <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatArea(p.landClearedHa, lang, 4)}</td>
                        <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatArea(p.landToClearHa, lang, 4)}</td>
                        <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatPercent(p.clearance, lang)}</td>
                        <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatPercentValue(p.infrastructurePct, lang, 2)}</td>
                        <td className="px-3 py-2 break-words whitespace-pre-line text-slate-700">{p.note ?? MISSING}</td>
                        {canCorrect && (
                          <td className="px-3 py-2 text-right whitespace-nowrap">
                            <Link href={`/zones/${zone.id}/progress/${p.id}/edit`} className="text-brand-600 hover:underline" data-testid="correct-progress">
                              {tz("progress.correct")}
                            </Link>
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {latest && <span className="sr-only" data-testid="latest-progress">{formatDate(latest.reportedOn, lang)}</span>}
            </>
          )}
        </section>
      </Card>

      {projects && (
        <section className="mb-6" aria-labelledby="projects-title">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="projects-title" className="text-base font-semibold text-slate-900">
                {tz("sections.projects")}
              </h2>
              <p className="text-sm text-slate-600">{tz("projects.subtitle")}</p>
            </div>
            <Link href={`/projects?zone=${zone.id}`} className="text-sm font-medium text-brand-700 hover:underline" data-testid="zone-projects-link">
              {tz("projects.openInList")} →
            </Link>
          </div>
          <ProjectsTable list={projects} filters={filters} footer={null} />
        </section>
      )}

      {showAudit && (
        <Card>
          <section aria-labelledby="audit-title">
            <h2 id="audit-title" className="text-base font-semibold text-slate-900">
              {tz("sections.audit")}
            </h2>
            <p className="mb-4 text-sm text-slate-600">{t("audit.subtitle")}</p>
            <AuditTimeline entries={audit} limit={AUDIT_LIMIT} />
          </section>
        </Card>
      )}
    </>
  );
}

function Item({ label, wide, numeric, children }: { label: string; wide?: boolean; numeric?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className={`mt-0.5 break-words text-slate-900 ${numeric ? "tabular-nums" : ""}`}>{children}</dd>
    </div>
  );
}
