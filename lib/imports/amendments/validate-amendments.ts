import type { Tx } from "@/lib/db";
import { formatDate, toDecimal } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import { addAmendmentSchema, type AddAmendmentInput } from "@/lib/projects/schemas";
import type { Mapping } from "../columns";
import { asAmount, asDate, asText, cellIssues, pick } from "../cells";
import type { SheetRow } from "../read-sheet";
import { firstRowOf, schemaIssues } from "../schema-issues";
import type { Checked, Progress, RowIssue, RowResult } from "../types";

export type AmendmentWrite = { row: number; projectId: number; input: AddAmendmentInput & { number: number } };
export type AmendmentPlan = { writes: AmendmentWrite[] };

type ProjectRef = { id: number; code: string; ircFirstIssuedOn: Date; initialCapital: string; landAreaHa: string };
type Existing = { projectId: number; number: number; amendedOn: Date; capitalDelta: string; landAreaDeltaHa: string; otherChanges: string | null };

const PLACEHOLDER_ID = "1";

export async function validateAmendments(client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress): Promise<Checked<AmendmentPlan>> {
  const codes = [...new Set(rows.map((r) => asText(pick(r, mapping, "projectCode"))).filter(Boolean))];
  const projects = new Map(
    (
      await client.$queryRaw<ProjectRef[]>`
        SELECT id, code, "ircFirstIssuedOn", "initialCapital"::text AS "initialCapital", "landAreaHa"::text AS "landAreaHa"
        FROM "Project" WHERE code = ANY(${codes}::text[]) AND "archivedAt" IS NULL`
    ).map((p) => [p.code, p]),
  );
  const ids = [...projects.values()].map((p) => p.id);
  const existing = await client.$queryRaw<Existing[]>`
    SELECT "projectId", number, "amendedOn", "capitalDelta"::text AS "capitalDelta", "landAreaDeltaHa"::text AS "landAreaDeltaHa", "otherChanges"
    FROM "Amendment" WHERE "projectId" = ANY(${ids}::int[])`;
  const existingOf = new Map(existing.map((e) => [`${e.projectId}|${e.number}`, e]));

  const results: RowResult[] = [];
  const writes: AmendmentWrite[] = [];
  const firstKey = firstRowOf();
  for (const row of rows) {
    const get = (key: string) => pick(row, mapping, key);
    const code = asText(get("projectCode"));
    const number = asText(get("number"));
    const issues: RowIssue[] = cellIssues(row, mapping);
    const project = code ? projects.get(code) : undefined;
    if (!code) issues.push({ column: "projectCode", key: "validation.required" });
    else if (!project) issues.push({ column: "projectCode", key: "imports.errors.projectUnknown", values: { code } });
    if (!number) issues.push({ column: "number", key: "validation.required" });
    const dup = firstKey(code && number ? `${code}|${number}` : "", row.row);
    if (dup !== null) issues.push({ column: "number", key: "imports.errors.duplicateInFile", values: { row: dup } });
    const parsed = addAmendmentSchema.safeParse({
      locale: "en",
      projectId: project ? String(project.id) : PLACEHOLDER_ID,
      number,
      amendedOn: asDate(get("amendedOn")),
      capitalDelta: asAmount(get("capitalDelta")),
      landAreaDeltaHa: asAmount(get("landAreaDeltaHa")),
      otherChanges: asText(get("otherChanges")),
    });
    if (!parsed.success) issues.push(...schemaIssues(parsed.error));
    const label = code && number ? `${code} #${number}` : code;
    if (!parsed.success || !project || parsed.data.number === null || issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    const input = { ...parsed.data, number: parsed.data.number };
    if (input.amendedOn.getTime() < project.ircFirstIssuedOn.getTime()) {
      issues.push({ column: "amendedOn", key: "projects.errors.amendmentBeforeIrc", values: { date: formatDate(project.ircFirstIssuedOn) } });
    }
    const same = existingOf.get(`${project.id}|${input.number}`);
    if (same && !sameAmendment(same, input)) issues.push({ column: "number", key: "imports.errors.amendmentDiffers", values: { number: input.number } });
    if (issues.length > 0) results.push({ row: row.row, action: "error", label, issues });
    else if (same) results.push({ row: row.row, action: "skip", label, issues: [] });
    else {
      writes.push({ row: row.row, projectId: project.id, input });
      results.push({ row: row.row, action: "create", label, issues: [] });
    }
  }
  const resultOf = new Map(results.map((r) => [r.row, r]));
  checkLedgers(projects, existing, writes, resultOf);
  await progress(rows.length);
  return { results, plan: { writes: writes.filter((w) => resultOf.get(w.row)?.action === "create") } };
}

function sameAmendment(a: Existing, b: AddAmendmentInput): boolean {
  return (
    a.amendedOn.getTime() === b.amendedOn.getTime() &&
    new Dec(a.capitalDelta).eq(b.capitalDelta) &&
    new Dec(a.landAreaDeltaHa).eq(b.landAreaDeltaHa) &&
    (a.otherChanges ?? null) === (b.otherChanges ?? null)
  );
}

/**
 * Replays each project's ledger with the new amendments, in ledger order (date, number), so that a
 * chain falling below zero capital or land is shown on its row now rather than failing the commit.
 */
function checkLedgers(projects: Map<string, ProjectRef>, existing: Existing[], writes: AmendmentWrite[], resultOf: Map<number, RowResult>) {
  const byProject = new Map<number, { row: number | null; number: number; on: Date; capital: string; land: string }[]>();
  for (const e of existing) (byProject.get(e.projectId) ?? byProject.set(e.projectId, []).get(e.projectId)!).push({ row: null, number: e.number, on: e.amendedOn, capital: e.capitalDelta, land: e.landAreaDeltaHa });
  for (const w of writes) (byProject.get(w.projectId) ?? byProject.set(w.projectId, []).get(w.projectId)!).push({ row: w.row, number: w.input.number, on: w.input.amendedOn, capital: w.input.capitalDelta, land: w.input.landAreaDeltaHa });
  for (const project of projects.values()) {
    const chain = byProject.get(project.id);
    if (!chain?.some((c) => c.row !== null)) continue;
    chain.sort((a, b) => a.on.getTime() - b.on.getTime() || a.number - b.number);
    let capital = toDecimal(project.initialCapital) ?? new Dec(0);
    for (const step of chain) {
      capital = capital.plus(step.capital);
      if (capital.isNegative() && step.row !== null) {
        const result = resultOf.get(step.row);
        if (result) {
          result.action = "error";
          result.issues.push({ column: "capitalDelta", key: "projects.errors.capitalBelowZero", values: { number: step.number, date: formatDate(step.on) } });
        }
        break;
      }
    }
  }
}
