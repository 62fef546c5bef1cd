import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { InvestorKind } from "@/lib/generated/prisma/enums";
import { addAmendment } from "./add-amendment";
import { createProject } from "./create-project";
import { addAmendmentSchema, createProjectSchema } from "./schemas";

// Test data for lib/projects and lib/investors tests: every value goes through the real schema and
// data function, as a form would send it (strings typed the Vietnamese way).

let seq = 0;
const next = () => `${process.pid}-${++seq}-${Math.floor(Math.random() * 1e6)}`;

export async function makeInvestor(overrides: { name?: string; country?: string; kind?: InvestorKind; identifier?: string | null } = {}) {
  return db.investor.create({
    data: {
      name: overrides.name ?? `Công ty TNHH Thử nghiệm ${next()}`,
      kind: overrides.kind ?? "ORGANIZATION",
      country: overrides.country ?? "KR",
      identifier: overrides.identifier === undefined ? `MST-${next()}` : overrides.identifier,
    },
  });
}

export async function makeZone(overrides: { name?: string } = {}) {
  const code = `KCN-${next()}`;
  return db.zone.create({
    data: { code, name: overrides.name ?? `KCN ${code}`, kind: "KCN", district: "Huyện Thử", totalAreaHa: "300", leasableAreaHa: "210" },
  });
}

/** A project form as typed: FDI in USD, led by a Korean investor, IRC 10/05/2023. */
export function projectForm(leadInvestorId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const n = next();
  return {
    code: `DA-${n}`,
    ircNumber: `IRC-${n}`,
    ircFirstIssuedOn: "10/05/2023",
    ircIssuingAgency: "Ban Quản lý các KCN tỉnh",
    name: `Nhà máy linh kiện điện tử ${n}`,
    type: "FDI",
    leadInvestorId: String(leadInvestorId),
    otherInvestorIds: [],
    investorException: "",
    zoneId: "",
    isSecondary: "true",
    vsicCode: "C2610",
    currency: "USD",
    initialCapital: "1.000.000",
    landAreaHa: "12,5",
    plannedJobs: "350",
    status: "ACTIVE",
    statusDecisionNo: "",
    statusDecisionOn: "",
    ...overrides,
  };
}

export async function makeProject(actor: CurrentUser, overrides: Record<string, unknown> = {}, investorCountry = "KR") {
  const lead = await makeInvestor({ country: investorCountry });
  const created = await createProject(actor, createProjectSchema.parse(projectForm(lead.id, overrides)));
  return { ...created, leadInvestorId: lead.id };
}

export function amend(actor: CurrentUser, projectId: number, form: Record<string, unknown>) {
  return addAmendment(actor, addAmendmentSchema.parse({ projectId: String(projectId), ...form }));
}
