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
const CHUNK = 500;

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
  const created = await tx.investor.createManyAndReturn({
    data: plan.investors.map((i) => ({ name: i.name, country: i.country, identifier: i.identifier, kind: "ORGANIZATION" as const })),
    select: { id: true },
  });
  // RETURNING gives the rows in the order of the VALUES list.
  return new Map(plan.investors.map((inv, i) => [inv.key, created[i]?.id ?? -1]));
}

type Lead = { id: number; name: string; country: string };

async function createChunk(tx: Tx, actor: CurrentUser, writes: ProjectWrite[], leadOf: (l: LeadRef) => Lead) {
  const leads = writes.map((w) => leadOf(w.lead));
  const created = await tx.project.createManyAndReturn({
    data: writes.map((w, i) => ({
      ...projectColumns({ ...w.input, leadInvestorId: leads[i]!.id }, leads[i]!),
      currentCapital: w.input.initialCapital,
      createdById: actor.id,
    })),
    select: { id: true, code: true },
  });
  const idOf = new Map(created.map((p) => [p.code, p.id]));
  const rows = writes.map((w, i) => ({ w, lead: leads[i]!, id: idOf.get(w.input.code) ?? -1 }));
  await tx.projectInvestor.createMany({ data: rows.flatMap(({ id, lead }) => investorLinks(id, lead, [])) });
  await writeAudits(
    tx,
    rows.map(({ w, lead, id }) => ({
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
