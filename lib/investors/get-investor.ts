import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

/** Most projects one investor page lists; the registry's largest investors have far fewer. */
export const INVESTOR_PROJECTS_LIMIT = 500;

/**
 * An investor and the projects they lead or take part in (archived ones only for those who may
 * restore them), newest IRC first. null for an unknown id (the page answers 404).
 */
export async function getInvestor(actor: CurrentUser | null, id: number) {
  assertCan(actor, "projects:read");
  const withArchived = can(actor.role, "projects:write");
  const [investor, links, total] = await Promise.all([
    db.investor.findUnique({
      where: { id },
      select: { id: true, name: true, kind: true, country: true, identifier: true, version: true, createdAt: true, updatedAt: true },
    }),
    db.projectInvestor.findMany({
      where: { investorId: id, ...(withArchived ? {} : { project: { archivedAt: null } }) },
      orderBy: [{ project: { ircFirstIssuedOn: "desc" } }, { projectId: "desc" }],
      take: INVESTOR_PROJECTS_LIMIT,
      select: {
        isLead: true,
        project: {
          select: {
            id: true,
            code: true,
            name: true,
            type: true,
            status: true,
            currency: true,
            currentCapital: true,
            ircFirstIssuedOn: true,
            archivedAt: true,
          },
        },
      },
    }),
    db.projectInvestor.count({ where: { investorId: id, ...(withArchived ? {} : { project: { archivedAt: null } }) } }),
  ]);
  if (!investor) return null;
  return {
    ...investor,
    totalProjects: total,
    projects: links.map(({ isLead, project }) => ({ ...project, isLead, currentCapital: project.currentCapital.toFixed(2) })),
  };
}

export type InvestorDetail = NonNullable<Awaited<ReturnType<typeof getInvestor>>>;
