import { db } from "@/lib/db";
import { describePermissionMatrix, type Operation } from "@/lib/testing/authz-matrix";
import type { CurrentUser } from "@/lib/auth/current-user";
import { commitImport } from "./commit-import";
import { getImport } from "./get-import";
import { previewImport } from "./preview-import";
import { projectRow, projectsXlsx } from "./testing/project-sheet";
import { uploadImport } from "./upload-import";

// VIEWER cannot import: every data function behind the import page refuses it (and an anonymous
// caller), and nothing is written. STAFF and up can.
type Context = { file: Buffer };

const prepare = async (): Promise<Context> => ({ file: await projectsXlsx([projectRow()]) });

/** A job of the caller's own, as if it had uploaded a file (a refused role cannot upload one). */
async function ownJob(actor: CurrentUser | null, file: Buffer, previewed: boolean) {
  const owner = actor ?? (await db.user.findFirstOrThrow());
  const job = await db.importJob.create({
    data: { kind: "PROJECTS", fileName: "x.xlsx", headers: [], cells: [], total: 0, createdById: owner.id },
  });
  if (actor && (actor.role === "STAFF" || actor.role === "MANAGER" || actor.role === "ADMIN")) {
    await db.importJob.delete({ where: { id: job.id } });
    const { id } = await uploadImport(actor, { kind: "PROJECTS", fileName: "x.xlsx", bytes: file });
    if (previewed) await previewImport(actor, { id, mapping: (await getImport(actor, { id, progressOnly: true })).mapping });
    return id;
  }
  return job.id;
}

const OPERATIONS: Operation<Context>[] = [
  { name: "uploadImport", permission: "imports:run", prepare, run: (a, c) => uploadImport(a, { kind: "PROJECTS", fileName: "x.xlsx", bytes: c.file }) },
  {
    name: "previewImport",
    permission: "imports:run",
    prepare,
    run: async (a, c) => {
      const id = await ownJob(a, c.file, false);
      return previewImport(a, { id, mapping: (await db.importJob.findUniqueOrThrow({ where: { id } })).mapping as Record<string, number> });
    },
  },
  { name: "commitImport", permission: "imports:run", prepare, run: async (a, c) => commitImport(a, { id: await ownJob(a, c.file, true) }) },
  { name: "getImport", permission: "imports:run", prepare, run: async (a, c) => getImport(a, { id: await ownJob(a, c.file, false) }) },
];

// What an import could write: projects, investors, audit events, previews and committed jobs.
const snapshot = async () => ({
  projects: await db.project.count(),
  investors: await db.investor.count(),
  audit: await db.auditEvent.count(),
  previewed: await db.importJob.count({ where: { status: { not: "VALIDATING" } } }),
});

describePermissionMatrix("imports authorization", OPERATIONS, snapshot);
