import type { CurrentUser } from "@/lib/auth/current-user";
import { addProgress } from "./add-progress";
import { createZone } from "./create-zone";
import { addProgressSchema, createZoneSchema } from "./schemas";

// Test data for lib/zones tests: every value goes through the real schema and data function, as a
// form would send it (strings typed the Vietnamese way).

let seq = 0;
export const nextCode = (prefix = "KCN") => `${prefix}-${process.pid}-${++seq}-${Math.floor(Math.random() * 1e6)}`;

/** A zone form as typed: a planned KCN of 300 ha, 210 ha leasable. */
export function zoneForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const code = nextCode();
  return {
    code,
    name: `KCN Thử nghiệm ${code}`,
    kind: "KCN",
    district: "Huyện Tân Phước",
    status: "PLANNED",
    inPlan2030: "true",
    priorityFromYear: "",
    priorityToYear: "",
    establishingDecisionNo: "",
    establishingDecisionDate: "",
    infrastructureInvestor: "",
    totalAreaHa: "300",
    leasableAreaHa: "210,5",
    constructionPlanApproved: "false",
    infrastructureStatus: "NOT_STARTED",
    ...overrides,
  };
}

export async function makeZone(actor: CurrentUser, overrides: Record<string, unknown> = {}) {
  return createZone(actor, createZoneSchema.parse(zoneForm(overrides)));
}

export function progressForm(zoneId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { zoneId: String(zoneId), reportedOn: "31/03/2025", landClearedHa: "120,5", landToClearHa: "250", infrastructurePct: "35,5", note: "", ...overrides };
}

export function makeProgress(actor: CurrentUser, zoneId: number, overrides: Record<string, unknown> = {}) {
  return addProgress(actor, addProgressSchema.parse(progressForm(zoneId, overrides)));
}
