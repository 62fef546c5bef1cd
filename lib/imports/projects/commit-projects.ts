import type { Tx } from "@/lib/db";
import { writeAudit, writeAudits } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { inputSnapshot, investorLinks, projectColumns } from "@/lib/projects/check-project-input";
import { recomputeLedger } from "@/lib/projects/ledger";
import { snapshotChanges } from "@/lib/projects/project-snapshot";
import type { Progress } from "../types";
import type { LeadRef, ProjectPlan, ProjectWrite } from "./validate-projects";

// New projects go in batches (createMany), so that 10,000 rows commit in seconds; each still gets
// the audit event createProject writes. Updates take the per-row path of updateProject.
const CHUNK = 1000;

export async function commitProjects(tx: Tx, actor: CurrentUser, plan: ProjectPlan, progress: Progress): Promise<void> {
  const investorIds = await createInvestors(tx, plan);
  const leadOf = (lead: LeadRef) => {
    if ("id" in lead) return lead;
    const id = investorIds.get(lead.newKey);
    if (id === undefined) throw new Error(`investor ${lead.newKey} was not created`);
    return { id, name: lead.name, country: lead.country };
  };
  const creates = plan.writes.filter((w) => !w.existing);
  let done = 0;
  for (let i = 0; i < creates.length; i += CHUNK) {
    await createChunk(tx, actor, creates.slice(i, i + CHUNK), leadOf);
    done += Math.min(CHUNK, creates.length - i);
    await progress(done);
  }
  for (const write of plan.writes.filter((w) => w.existing)) {
    await updateOne(tx, actor, write, leadOf(write.lead));
    done += 1;
    if (done % CHUNK === 0) await progress(done);
  }
}

async function createInvestors(tx: Tx, plan: ProjectPlan): Promise<Map<string, number>> {
  if (plan.investors.length === 0) return new Map();
  const list = plan.investors;
  const created = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "Investor" (name, country, identifier, kind, "updatedAt")
    SELECT u.name, u.country, u.identifier, 'ORGANIZATION', now() AT TIME ZONE 'UTC'
    FROM unnest(${list.map((i) => i.name)}::text[], ${list.map((i) => i.country)}::text[], ${list.map((i) => i.identifier)}::text[])
      WITH ORDINALITY AS u(name, country, identifier, n)
    ORDER BY u.n
    RETURNING id`;
  // Ids are handed out in the ORDER BY, so the k-th id is the k-th investor's.
  const ids = created.map((r) => r.id).sort((a, b) => a - b);
  return new Map(list.map((inv, i) => [inv.key, ids[i] ?? -1]));
}

type Lead = { id: number; name: string; country: string };

async function createChunk(tx: Tx, actor: CurrentUser, writes: ProjectWrite[], leadOf: (l: LeadRef) => Lead) {
  const leads = writes.map((w) => leadOf(w.lead));
  const rows = writes.map((w, i) => projectColumns({ ...w.input, leadInvestorId: leads[i]!.id }, leads[i]!));
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  // The same columns createProject writes (projectColumns), as one INSERT over arrays.
  const created = await tx.$queryRaw<{ id: number; code: string }[]>`
    INSERT INTO "Project" (code, "ircNumber", "ircFirstIssuedOn", "ircIssuingAgency", name, type, "leadInvestorId", "originCountry",
      "investorException", "zoneId", "isSecondary", "vsicCode", "vsicSection", currency, "initialCapital",
      "landAreaHa", "plannedJobs", status, "statusDecisionNo", "statusDecisionOn", "currentCapital", "createdById", "updatedAt")
    SELECT u.*, u."initialCapital", ${actor.id}::int, now() AT TIME ZONE 'UTC'
    FROM unnest(${col((r) => r.code)}::text[], ${col((r) => r.ircNumber)}::text[], ${col((r) => day(r.ircFirstIssuedOn))}::date[],
                ${col((r) => r.ircIssuingAgency)}::text[], ${col((r) => r.name)}::text[], ${col((r) => r.type)}::"InvestmentType"[],
                ${col((r) => r.leadInvestorId)}::int[], ${col((r) => r.originCountry)}::text[], ${col((r) => r.investorException)}::text[],
                ${col((r) => r.zoneId)}::int[], ${col((r) => r.isSecondary)}::boolean[], ${col((r) => r.vsicCode)}::text[],
                ${col((r) => r.vsicSection)}::text[], ${col((r) => r.currency)}::"Currency"[], ${col((r) => r.initialCapital)}::numeric[],
                ${col((r) => r.landAreaHa)}::numeric[], ${col((r) => r.plannedJobs)}::int[], ${col((r) => r.status)}::"ProjectStatus"[],
                ${col((r) => r.statusDecisionNo)}::text[], ${col((r) => day(r.statusDecisionOn))}::date[])
      AS u(code, "ircNumber", "ircFirstIssuedOn", "ircIssuingAgency", name, type, "leadInvestorId", "originCountry", "investorException",
           "zoneId", "isSecondary", "vsicCode", "vsicSection", currency, "initialCapital", "landAreaHa", "plannedJobs", status,
           "statusDecisionNo", "statusDecisionOn")
    RETURNING id, code`;
  const idOf = new Map(created.map((p) => [p.code, p.id]));
  const made = writes.map((w, i) => ({ w, lead: leads[i]!, id: idOf.get(w.input.code) ?? -1 }));
  await tx.$executeRaw`
    INSERT INTO "ProjectInvestor" ("projectId", "investorId", "isLead")
    SELECT p, i, true FROM unnest(${made.map((m) => m.id)}::int[], ${made.map((m) => m.lead.id)}::int[]) AS u(p, i)`;
  await writeAudits(
    tx,
    made.map(({ w, lead, id }) => ({
      actor,
      action: "CREATE" as const,
      entity: "Project",
      entityId: id,
      changes: snapshotChanges(null, inputSnapshot(w.input, { lead, others: [], zone: w.zone })),
    })),
  );
}

async function updateOne(tx: Tx, actor: CurrentUser, write: ProjectWrite, lead: Lead) {
  const existing = write.existing;
  if (!existing) return;
  const { id, before } = existing;
  const others = before.otherInvestors;
  // Recomputed with the real id of a lead investor this import created.
  const changes = snapshotChanges(before, inputSnapshot(write.input, { lead, others, zone: write.zone }));
  await tx.project.update({
    where: { id },
    data: { ...projectColumns({ ...write.input, leadInvestorId: lead.id }, lead), version: { increment: 1 } },
  });
  if (changes.leadInvestor) {
    await tx.projectInvestor.deleteMany({ where: { projectId: id } });
    await tx.projectInvestor.createMany({ data: investorLinks(id, lead, others.filter((o) => o.id !== lead.id)) });
  }
  if (changes.initialCapital) {
    const current = await tx.project.findUniqueOrThrow({ where: { id }, select: { currentCapital: true } });
    const ledger = await recomputeLedger(tx, id, "initialCapital");
    if (ledger.currentCapital !== current.currentCapital.toFixed(2)) changes.currentCapital = { from: current.currentCapital.toFixed(2), to: ledger.currentCapital };
  }
  await writeAudit(tx, { actor, action: "UPDATE", entity: "Project", entityId: id, changes });
}
