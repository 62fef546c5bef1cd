import type { ClientBase } from "pg";
import { bulkInsert, insertRows, type Columns } from "./insert";
import type {
  AmendmentRow,
  Dataset,
  ExchangeRateRow,
  IndicatorActualRow,
  InvestorRow,
  PlanTargetRow,
  ProjectInvestorRow,
  ProjectRow,
  SettingRow,
  UserRow,
  UserZoneRow,
  ZoneProgressRow,
  ZoneRow,
} from "./rows";

const stamps = { createdAt: "timestamp", updatedAt: "timestamp" } as const;

const SETTING: Columns<SettingRow> = { key: "text", value: "text", updatedAt: "timestamp" };
const USER: Columns<UserRow> = {
  id: "int4", email: "text", name: "text", role: '"Role"', active: "bool", passwordHash: "text", ...stamps,
};
const USER_ZONE: Columns<UserZoneRow> = { A: "int4", B: "int4" };
const ZONE: Columns<ZoneRow> = {
  id: "int4", code: "text", name: "text", kind: '"ZoneKind"', district: "text", status: '"ZoneStatus"', inPlan2030: "bool",
  priorityFromYear: "int4", priorityToYear: "int4", establishingDecisionNo: "text", establishingDecisionDate: "date",
  infrastructureInvestor: "text", totalAreaHa: "numeric", leasableAreaHa: "numeric", constructionPlanApproved: "bool",
  infrastructureStatus: '"InfrastructureStatus"', ...stamps,
};
const ZONE_PROGRESS: Columns<ZoneProgressRow> = {
  id: "int4", zoneId: "int4", reportedOn: "date", landClearedHa: "numeric", landToClearHa: "numeric",
  infrastructurePct: "numeric", note: "text", ...stamps,
};
const INVESTOR: Columns<InvestorRow> = {
  id: "int4", name: "text", kind: '"InvestorKind"', country: "text", identifier: "text", ...stamps,
};
const PROJECT: Columns<ProjectRow> = {
  id: "int4", code: "text", ircNumber: "text", ircFirstIssuedOn: "date", ircIssuingAgency: "text", name: "text",
  type: '"InvestmentType"', leadInvestorId: "int4", originCountry: "text", investorException: "text", zoneId: "int4",
  isSecondary: "bool", vsicCode: "text", vsicSection: "text", currency: '"Currency"', initialCapital: "numeric",
  currentCapital: "numeric", landAreaHa: "numeric", plannedJobs: "int4", status: '"ProjectStatus"',
  statusDecisionNo: "text", statusDecisionOn: "date", version: "int4", ...stamps,
};
const PROJECT_INVESTOR: Columns<ProjectInvestorRow> = { projectId: "int4", investorId: "int4", isLead: "bool" };
const AMENDMENT: Columns<AmendmentRow> = {
  id: "int4", projectId: "int4", number: "int4", amendedOn: "date", capitalDelta: "numeric", capitalBefore: "numeric",
  capitalAfter: "numeric", landAreaDeltaHa: "numeric", otherChanges: "text", ...stamps,
};
const EXCHANGE_RATE: Columns<ExchangeRateRow> = {
  id: "int4", base: '"Currency"', quote: '"Currency"', rate: "numeric", effectiveOn: "date", source: '"RateSource"',
  note: "text", ...stamps,
};
const PLAN_TARGET: Columns<PlanTargetRow> = {
  id: "int4", year: "int4", indicator: '"Indicator"', scopeKind: '"ScopeKind"', zoneId: "int4", scopeKey: "text",
  target: "numeric", unit: "text", monthlySplit: "numeric[]", ...stamps,
};
const INDICATOR_ACTUAL: Columns<IndicatorActualRow> = {
  id: "int4", year: "int4", month: "int4", indicator: '"Indicator"', scopeKind: '"ScopeKind"', zoneId: "int4",
  scopeKey: "text", value: "numeric", isEstimate: "bool", ...stamps,
};

/** Tables the seed owns, children first (the order TRUNCATE and the emptiness check use). */
export const DOMAIN_TABLES = [
  "AuditEvent", "_UserZones", "Amendment", "ProjectInvestor", "Project", "Investor", "ZoneProgressUpdate",
  "IndicatorActual", "PlanTarget", "Zone", "ExchangeRate", "Setting", "User",
] as const;

/** The report summaries, filled by triggers as the rows above are written (migration figure_summaries). */
const SUMMARY_TABLES = ["ProjectTotal", "InvestmentEvent", "InvestmentDay", "InvestmentMonth"] as const;

/** Tables whose ids the seed assigns itself; their sequences must then continue after the largest id. */
const SERIAL_TABLES = [
  "User", "Zone", "ZoneProgressUpdate", "Investor", "Project", "Amendment", "ExchangeRate", "PlanTarget", "IndicatorActual",
] as const;

export interface DatabaseState {
  users: number;
  /** Domain tables other than User that already hold rows. */
  nonEmpty: string[];
}

export async function inspectDatabase(client: ClientBase): Promise<DatabaseState> {
  const users = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User"`);
  const nonEmpty: string[] = [];
  for (const table of DOMAIN_TABLES) {
    if (table === "User") continue;
    const result = await client.query<{ present: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS present`);
    if (result.rows[0]?.present) nonEmpty.push(table);
  }
  return { users: Number(users.rows[0]?.n ?? 0), nonEmpty };
}

export async function resetDomain(client: ClientBase): Promise<void> {
  await client.query(`TRUNCATE ${DOMAIN_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

export type Progress = (table: string, rows: number, ms: number) => void;

/**
 * Writes the dataset parents first. Users go last, with their zones and the sequences, in one
 * transaction: a database with users is a finished seed, which is what --if-empty relies on.
 */
export async function writeDataset(client: ClientBase, data: Dataset, users: readonly UserRow[], progress: Progress): Promise<number> {
  let total = 0;
  const step = async <R extends object>(table: string, columns: Columns<R>, rows: readonly R[]) => {
    const started = performance.now();
    total += await bulkInsert(client, table, columns, rows);
    progress(table, rows.length, performance.now() - started);
  };
  await step("Setting", SETTING, data.settings);
  await step("Zone", ZONE, data.zones);
  await step("ZoneProgressUpdate", ZONE_PROGRESS, data.zoneProgress);
  await step("Investor", INVESTOR, data.investors);
  await step("Project", PROJECT, data.projects);
  await step("ProjectInvestor", PROJECT_INVESTOR, data.projectInvestors);
  await step("Amendment", AMENDMENT, data.amendments);
  await step("ExchangeRate", EXCHANGE_RATE, data.exchangeRates);
  await step("PlanTarget", PLAN_TARGET, data.planTargets);
  await step("IndicatorActual", INDICATOR_ACTUAL, data.indicatorActuals);

  const started = performance.now();
  await client.query("BEGIN");
  try {
    for (const table of SERIAL_TABLES) {
      if (table === "User") continue;
      await client.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT max(id) FROM "${table}"), 0) + 1, false)`);
    }
    await insertRows(client, "User", USER, users);
    await insertRows(client, "_UserZones", USER_ZONE, data.userZones);
    await client.query(`SELECT setval(pg_get_serial_sequence('"User"', 'id'), COALESCE((SELECT max(id) FROM "User"), 0) + 1, false)`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  total += users.length + data.userZones.length;
  progress("User + _UserZones + sequences", users.length + data.userZones.length, performance.now() - started);

  // Fresh statistics, or the planner treats 100,000 freshly loaded rows as an empty table until autovacuum runs.
  const analyzeStart = performance.now();
  const analyzed = [...DOMAIN_TABLES.filter((t) => t !== "AuditEvent"), ...SUMMARY_TABLES];
  await client.query(`ANALYZE ${analyzed.map((t) => `"${t}"`).join(", ")}`);
  progress("ANALYZE", 0, performance.now() - analyzeStart);
  return total;
}
