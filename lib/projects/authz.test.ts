import { db } from "@/lib/db";
import { listAudit } from "@/lib/audit/list-audit";
import { createInvestor } from "@/lib/investors/create-investor";
import { getInvestor } from "@/lib/investors/get-investor";
import { suggestInvestors } from "@/lib/investors/suggest-investors";
import { updateInvestor } from "@/lib/investors/update-investor";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import { makeUser } from "@/lib/testing/factories";
import { addAmendment } from "./add-amendment";
import { archiveProject } from "./archive-project";
import { correctAmendment } from "./correct-amendment";
import { createProject } from "./create-project";
import { getProject } from "./get-project";
import { listZoneOptions } from "./list-zone-options";
import { restoreProject } from "./restore-project";
import { addAmendmentSchema, correctAmendmentSchema, createProjectSchema, updateProjectSchema } from "./schemas";
import { amend, makeInvestor, makeProject, projectForm } from "./test-fixtures";
import { updateProject } from "./update-project";

// Every data function of projects, amendments, investors and the audit trail, walked over the
// role → permission table: VIEWER cannot create, edit, archive or add amendments; STAFF can.
type Target = {
  projectId: number;
  leadInvestorId: number;
  archivedId: number;
  amendmentId: number;
  investorId: number;
  form: Record<string, unknown>;
};

async function prepare(): Promise<Target> {
  const admin = await makeUser("ADMIN");
  const p = await makeProject(admin);
  const archived = await makeProject(admin);
  await archiveProject(admin, { id: archived.id, version: 1 });
  const a = await amend(admin, p.id, { amendedOn: "01/06/2024", capitalDelta: "1.000" });
  const investor = await makeInvestor();
  const row = await db.project.findUniqueOrThrow({ where: { id: p.id } });
  const form = projectForm(p.leadInvestorId, { code: row.code, ircNumber: row.ircNumber });
  return { projectId: p.id, leadInvestorId: p.leadInvestorId, archivedId: archived.id, amendmentId: a.id, investorId: investor.id, form };
}

const OPERATIONS: Operation<Target>[] = [
  { name: "getProject", permission: "projects:read", prepare, run: (a, t) => getProject(a, t.projectId) },
  { name: "listZoneOptions", permission: "projects:read", prepare, run: (a) => listZoneOptions(a) },
  { name: "getInvestor", permission: "projects:read", prepare, run: (a, t) => getInvestor(a, t.investorId) },
  { name: "suggestInvestors", permission: "projects:read", prepare, run: (a) => suggestInvestors(a, "công ty") },
  {
    name: "createProject",
    permission: "projects:write",
    prepare,
    run: (a, t) => createProject(a, createProjectSchema.parse(projectForm(t.leadInvestorId))),
  },
  {
    name: "updateProject",
    permission: "projects:write",
    prepare,
    run: (a, t) => updateProject(a, updateProjectSchema.parse({ ...t.form, name: "Đổi tên", id: String(t.projectId), version: "1" })),
  },
  { name: "archiveProject", permission: "projects:write", prepare, run: (a, t) => archiveProject(a, { id: t.projectId, version: 1 }) },
  { name: "restoreProject", permission: "projects:write", prepare, run: (a, t) => restoreProject(a, { id: t.archivedId, version: 2 }) },
  {
    name: "addAmendment",
    permission: "projects:write",
    prepare,
    run: (a, t) => addAmendment(a, addAmendmentSchema.parse({ projectId: String(t.projectId), amendedOn: "02/06/2024", capitalDelta: "-500" })),
  },
  {
    name: "correctAmendment",
    permission: "projects:write",
    prepare,
    run: (a, t) =>
      correctAmendment(
        a,
        correctAmendmentSchema.parse({
          projectId: String(t.projectId),
          amendmentId: String(t.amendmentId),
          version: "1",
          number: "1",
          amendedOn: "01/06/2024",
          capitalDelta: "2.000",
        }),
      ),
  },
  {
    name: "createInvestor",
    permission: "projects:write",
    prepare,
    run: (a) => createInvestor(a, { name: "Công ty Mới", kind: "ORGANIZATION", country: "JP", identifier: null }),
  },
  {
    name: "updateInvestor",
    permission: "projects:write",
    prepare,
    run: (a, t) => updateInvestor(a, { id: t.investorId, version: 1, name: "Tên mới", kind: "ORGANIZATION", country: "JP", identifier: null }),
  },
  { name: "listAudit", permission: "audit:read", prepare, run: (a, t) => listAudit(a, [{ entity: "Project", ids: [t.projectId] }]) },
];

/** Everything these operations could change. */
async function snapshot() {
  const [projects, amendments, investors, links, audits] = await Promise.all([
    db.project.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, version: true, archivedAt: true, currentCapital: true } }),
    db.amendment.findMany({ orderBy: { id: "asc" }, select: { id: true, capitalDelta: true, capitalAfter: true, version: true } }),
    db.investor.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, country: true, version: true } }),
    db.projectInvestor.count(),
    db.auditEvent.count(),
  ]);
  return { projects, amendments, investors, links, audits };
}

describePermissionMatrix("project, amendment, investor and audit operations check their permission inside the data function", OPERATIONS, snapshot);
