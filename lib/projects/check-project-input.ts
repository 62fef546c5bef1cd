import "server-only";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import type { FieldErrors } from "@/lib/actions/app-error";
import { toDecimal } from "@/lib/format";
import type { ProjectSnapshot } from "./project-snapshot";
import { investorRuleError, type CreateProjectInput } from "./schemas";

type Ref = { id: number; name: string };

export type CheckedProject = {
  fieldErrors: FieldErrors;
  lead: (Ref & { country: string }) | null;
  others: Ref[];
  zone: Ref | null;
};

const add = (errors: FieldErrors, field: string, key: string, values?: Record<string, string | number>) =>
  (errors[field] ??= []).push(values ? { key, values } : { key });

/**
 * The project code and IRC number already used by another project, as field errors. Read with
 * `client` (a transaction, or db after a unique violation aborted one). Exact match: the columns'
 * unique indexes decide, and the check uses them.
 */
export async function takenFields(client: Tx | typeof db, input: { code: string; ircNumber: string }, exceptId: number | null) {
  const errors: FieldErrors = {};
  const rows = await client.project.findMany({
    where: { OR: [{ code: input.code }, { ircNumber: input.ircNumber }], ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { code: true, ircNumber: true },
  });
  if (rows.some((r) => r.code === input.code)) add(errors, "code", "projects.errors.codeTaken");
  if (rows.some((r) => r.ircNumber === input.ircNumber)) add(errors, "ircNumber", "projects.errors.ircTaken");
  return errors;
}

/**
 * Everything about a project's input that needs the database: codes not taken, investors and zone
 * that exist, and the FDI/DDI rule against the lead investor's stored country.
 */
export async function checkProjectInput(tx: Tx, input: CreateProjectInput, exceptId: number | null): Promise<CheckedProject> {
  const ids = [input.leadInvestorId, ...input.otherInvestorIds];
  // One connection per transaction: the reads run one after the other.
  const fieldErrors = await takenFields(tx, input, exceptId);
  const investors = await tx.investor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, country: true } });
  const zone = input.zoneId ? await tx.zone.findFirst({ where: { id: input.zoneId, archivedAt: null }, select: { id: true, name: true } }) : null;
  const lead = investors.find((i) => i.id === input.leadInvestorId) ?? null;
  if (!lead) add(fieldErrors, "leadInvestorId", "projects.errors.investorNotFound");
  else {
    const rule = investorRuleError(input.type, lead.country, input.investorException);
    if (rule) add(fieldErrors, "leadInvestorId", rule);
  }
  const others = input.otherInvestorIds.map((id) => investors.find((i) => i.id === id));
  if (others.some((o) => !o)) add(fieldErrors, "otherInvestorIds", "projects.errors.investorNotFound");
  if (input.zoneId && !zone) add(fieldErrors, "zoneId", "projects.errors.zoneNotFound");
  return {
    fieldErrors,
    lead,
    others: others.filter((o): o is NonNullable<typeof o> => !!o).map(({ id, name }) => ({ id, name })),
    zone,
  };
}

/** The snapshot a write will store, normalised like loadProjectSnapshot reads it back. */
export function inputSnapshot(input: CreateProjectInput, refs: { lead: Ref; others: Ref[]; zone: Ref | null }): ProjectSnapshot {
  return {
    code: input.code,
    ircNumber: input.ircNumber,
    ircFirstIssuedOn: input.ircFirstIssuedOn,
    ircIssuingAgency: input.ircIssuingAgency,
    name: input.name,
    type: input.type,
    leadInvestor: { id: refs.lead.id, name: refs.lead.name },
    otherInvestors: [...refs.others].sort((a, b) => a.id - b.id),
    investorException: input.investorException,
    zone: refs.zone,
    isSecondary: input.isSecondary,
    vsicCode: input.vsicCode,
    currency: input.currency,
    initialCapital: (toDecimal(input.initialCapital) ?? 0).toFixed(2),
    landAreaHa: (toDecimal(input.landAreaHa) ?? 0).toString(),
    plannedJobs: input.plannedJobs,
    status: input.status,
    statusDecisionNo: input.statusDecisionNo,
    statusDecisionOn: input.statusDecisionOn,
  };
}

/** The project columns a create or an update writes from the form (never currentCapital or version). */
export function projectColumns(input: CreateProjectInput, lead: { id: number; country: string }) {
  return {
    code: input.code,
    ircNumber: input.ircNumber,
    ircFirstIssuedOn: input.ircFirstIssuedOn,
    ircIssuingAgency: input.ircIssuingAgency,
    name: input.name,
    type: input.type,
    leadInvestorId: lead.id,
    originCountry: lead.country,
    investorException: input.investorException,
    zoneId: input.zoneId,
    isSecondary: input.isSecondary,
    vsicCode: input.vsicCode,
    vsicSection: input.vsicSection,
    currency: input.currency,
    initialCapital: input.initialCapital,
    landAreaHa: input.landAreaHa,
    plannedJobs: input.plannedJobs,
    status: input.status,
    statusDecisionNo: input.statusDecisionNo,
    statusDecisionOn: input.statusDecisionOn,
  };
}

/** The project's investor links: the lead first, flagged, then the others. */
export function investorLinks(projectId: number, lead: { id: number }, others: { id: number }[]) {
  return [{ projectId, investorId: lead.id, isLead: true }, ...others.map((o) => ({ projectId, investorId: o.id }))];
}
