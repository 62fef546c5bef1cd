import type { Tx } from "@/lib/db";
import type { Changes } from "@/lib/audit/write-audit";
import { formatDate } from "@/lib/format";
import { createInvestorSchema, isKnownCountry } from "@/lib/investors/schemas";
import { inputSnapshot } from "@/lib/projects/check-project-input";
import { snapshotChanges, type ProjectSnapshot } from "@/lib/projects/project-snapshot";
import { createProjectSchema, investorRuleError, type CreateProjectInput } from "@/lib/projects/schemas";
import type { Mapping } from "../columns";
import { cellIssues } from "../cells";
import type { SheetRow } from "../read-sheet";
import { firstRowOf, schemaIssues } from "../schema-issues";
import type { Checked, Progress, RowIssue, RowResult } from "../types";
import { loadInvestors, loadProjects, loadZones, type ExistingProject, type InvestorRef, type ZoneRef } from "./lookups";
import { readProjectRow, type ProjectRowFields } from "./read-row";

export type NewInvestor = { key: string; name: string; country: string; identifier: string | null };
/** The lead investor of a row: one that exists, or one this import creates (by its key). */
export type LeadRef = { id: number; name: string; country: string } | { newKey: string; name: string; country: string };
export type ProjectWrite = {
  row: number;
  input: CreateProjectInput;
  lead: LeadRef;
  zone: { id: number; name: string } | null;
  existing: { id: number; before: ProjectSnapshot; changes: Changes } | null;
};
export type ProjectPlan = { investors: NewInvestor[]; writes: ProjectWrite[] };

// Form fields that the sheet fills from another column.
const COLUMN_OF = { leadInvestorId: "leadInvestorName", otherInvestorIds: "leadInvestorName", zoneId: "zoneCode" };
const INVESTOR_COLUMN_OF = { name: "leadInvestorName", country: "leadInvestorCountry", identifier: "leadInvestorIdentifier" };
// Stands in for the lead investor's id while the schema checks the form; replaced by the real one.
const PLACEHOLDER_ID = "1";
const PROGRESS_EVERY = 1000;

const investorKey = (country: string, identifier: string, name: string) => (identifier ? `${country}|id|${identifier}` : `${country}|name|${name}`);

export async function validateProjects(client: Tx, rows: SheetRow[], mapping: Mapping, progress: Progress): Promise<Checked<ProjectPlan>> {
  const read = rows.map((r) => readProjectRow(r, mapping));
  const zones = await loadZones(client);
  const investors = indexInvestors(
    await loadInvestors(
      client,
      [...new Map(read.filter((r) => r.investor.identifier).map((r) => [`${r.investor.country}|${r.investor.identifier}`, r.investor])).values()],
      unique(read.filter((r) => !r.investor.identifier).map((r) => r.investor.name)),
    ),
  );
  const projects = indexProjects(await loadProjects(client, unique(read.map((r) => r.form.code ?? "")), unique(read.map((r) => r.form.ircNumber ?? ""))));

  const results: RowResult[] = [];
  const writes: ProjectWrite[] = [];
  const newInvestors = new Map<string, NewInvestor>();
  const firstCode = firstRowOf();
  const firstIrc = firstRowOf();
  for (const [i, row] of rows.entries()) {
    if (i > 0 && i % PROGRESS_EVERY === 0) await progress(i);
    const fields = read[i] as ProjectRowFields;
    const issues: RowIssue[] = [...cellIssues(row, mapping), ...fields.issues];
    const codeRow = firstCode(fields.form.code ?? "", row.row);
    if (codeRow !== null) issues.push({ column: "code", key: "imports.errors.duplicateInFile", values: { row: codeRow } });
    const ircRow = firstIrc(fields.form.ircNumber ?? "", row.row);
    if (ircRow !== null) issues.push({ column: "ircNumber", key: "imports.errors.duplicateInFile", values: { row: ircRow } });

    const zone = resolveZone(fields.zoneCode, zones, issues);
    const lead = resolveLead(fields, investors, newInvestors, issues);
    const parsed = createProjectSchema.safeParse({
      ...fields.form,
      leadInvestorId: lead && "id" in lead ? String(lead.id) : PLACEHOLDER_ID,
      zoneId: zone ? String(zone.id) : "",
    });
    if (!parsed.success) issues.push(...schemaIssues(parsed.error, COLUMN_OF));
    if (parsed.success && lead) {
      const rule = investorRuleError(parsed.data.type, lead.country, parsed.data.investorException);
      if (rule) issues.push({ column: "leadInvestorCountry", key: rule });
    }
    const label = fields.form.code || fields.form.name || "";
    if (!parsed.success || !lead || issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues: dedupe(issues) });
      continue;
    }
    const input = parsed.data;
    const target = matchProject(input, projects, issues);
    if (issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    if (!target) {
      if ("newKey" in lead) newInvestors.set(lead.newKey, newInvestorOf(fields, lead.newKey));
      writes.push({ row: row.row, input, lead, zone: zone && { id: zone.id, name: zone.name }, existing: null });
      results.push({ row: row.row, action: "create", label, issues: [] });
      continue;
    }
    const leadRef = "id" in lead ? { id: lead.id, name: lead.name } : { id: 0, name: lead.name };
    const after = inputSnapshot(input, { lead: leadRef, others: target.snapshot.otherInvestors, zone: zone && { id: zone.id, name: zone.name } });
    const changes = snapshotChanges(target.snapshot, after);
    updateIssues(input, target, issues);
    if (issues.length > 0) {
      results.push({ row: row.row, action: "error", label, issues });
      continue;
    }
    if (Object.keys(changes).length === 0) {
      results.push({ row: row.row, action: "skip", label, issues: [] });
      continue;
    }
    if ("newKey" in lead) newInvestors.set(lead.newKey, newInvestorOf(fields, lead.newKey));
    writes.push({ row: row.row, input, lead, zone: zone && { id: zone.id, name: zone.name }, existing: { id: target.id, before: target.snapshot, changes } });
    results.push({ row: row.row, action: "update", label, issues: [], changed: Object.keys(changes) });
  }
  await progress(rows.length);
  return { results, plan: { investors: [...newInvestors.values()], writes } };
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** One message per column and key: a file-level check and the schema may both notice a cell. */
function dedupe(issues: RowIssue[]): RowIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.column}|${i.key}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function indexInvestors(rows: InvestorRef[]): Map<string, InvestorRef> {
  const map = new Map<string, InvestorRef>();
  // The lowest id wins when several share a name with no identifier.
  for (const r of rows) {
    const key = investorKey(r.country, r.identifier ?? "", r.name);
    if (!map.has(key)) map.set(key, r);
  }
  return map;
}

function indexProjects(rows: ExistingProject[]) {
  return { byCode: new Map(rows.map((r) => [r.code, r])), byIrc: new Map(rows.map((r) => [r.ircNumber, r])) };
}

function resolveZone(code: string, zones: Map<string, ZoneRef>, issues: RowIssue[]): ZoneRef | null {
  if (!code) return null;
  const zone = zones.get(code.toUpperCase());
  if (!zone || zone.archived) {
    issues.push({ column: "zoneCode", key: "imports.errors.zoneUnknown", values: { code } });
    return null;
  }
  return zone;
}

/** The lead investor by country + identifier (or country + exact name when there is none), else a new one. */
function resolveLead(fields: ProjectRowFields, known: Map<string, InvestorRef>, planned: Map<string, NewInvestor>, issues: RowIssue[]): LeadRef | null {
  const { name, country, identifier } = fields.investor;
  if (!country) {
    issues.push({ column: "leadInvestorCountry", key: "validation.required" });
    return null;
  }
  if (!isKnownCountry(country)) {
    issues.push({ column: "leadInvestorCountry", key: "imports.errors.countryUnknown", values: { code: country } });
    return null;
  }
  const key = investorKey(country, identifier, name);
  const found = known.get(key);
  if (found) return { id: found.id, name: found.name, country: found.country };
  const plannedAlready = planned.get(key);
  if (plannedAlready) return { newKey: key, name: plannedAlready.name, country };
  const parsed = createInvestorSchema.safeParse({ name, kind: "ORGANIZATION", country, identifier });
  if (!parsed.success) {
    issues.push(...schemaIssues(parsed.error, INVESTOR_COLUMN_OF));
    return null;
  }
  return { newKey: key, name: parsed.data.name, country };
}

function newInvestorOf(fields: ProjectRowFields, key: string): NewInvestor {
  const { name, country, identifier } = fields.investor;
  return { key, name, country, identifier: identifier || null };
}

/** Upsert on the project code, else the IRC number; both naming different projects is a conflict. */
function matchProject(input: CreateProjectInput, projects: ReturnType<typeof indexProjects>, issues: RowIssue[]): ExistingProject | null {
  const byCode = projects.byCode.get(input.code);
  const byIrc = projects.byIrc.get(input.ircNumber);
  if (byCode && byIrc && byCode.id !== byIrc.id) issues.push({ column: "ircNumber", key: "projects.errors.ircTaken" });
  const target = byCode ?? byIrc ?? null;
  if (target?.archived) issues.push({ column: "code", key: "imports.errors.projectArchived" });
  return target;
}

/** The checks updateProject makes against the amendments already recorded. */
function updateIssues(input: CreateProjectInput, target: ExistingProject, issues: RowIssue[]) {
  const first = target.firstAmendment;
  if (!first) return;
  if (input.currency !== target.snapshot.currency) issues.push({ column: "currency", key: "projects.errors.currencyLocked" });
  if (first.amendedOn.getTime() < input.ircFirstIssuedOn.getTime()) {
    issues.push({ column: "ircFirstIssuedOn", key: "projects.errors.ircAfterAmendment", values: { number: first.number, date: formatDate(first.amendedOn) } });
  }
}
