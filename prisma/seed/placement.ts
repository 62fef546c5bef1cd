import type { InvestmentType } from "../../lib/generated/prisma/enums";
import type { Day } from "./dates";
import { hectares } from "./money";
import type { ProjectSeed } from "./projects";
import type { Rng } from "./random";
import type { ZoneSeed } from "./zones";

/**
 * Chooses a zone for a secondary project among those already established on its IRC date:
 * FDI leans to the large KCN, DDI to the clusters.
 */
export class ZonePicker {
  private readonly zones: ZoneSeed[];
  private readonly cumulative: Record<InvestmentType, number[]> = { FDI: [], DDI: [] };

  constructor(all: readonly ZoneSeed[]) {
    this.zones = all.filter((z) => z.decidedOn !== null).sort((a, b) => (a.decidedOn ?? 0) - (b.decidedOn ?? 0) || a.row.id - b.row.id);
    for (const type of ["FDI", "DDI"] as const) {
      let total = 0;
      for (const zone of this.zones) {
        const affinity = zone.row.kind === "KCN" ? (type === "FDI" ? 1 : 0.45) : type === "FDI" ? 0.2 : 1.6;
        const maturity = zone.row.status === "OPERATING" ? 1 : 0.5;
        total += Math.sqrt(zone.leasableHundredths / 100) * affinity * maturity;
        this.cumulative[type].push(total);
      }
    }
  }

  pick(rng: Rng, type: InvestmentType, on: Day): ZoneSeed | null {
    let open = 0; // zones decided on or before `on` form a prefix
    let hi = this.zones.length;
    while (open < hi) {
      const mid = (open + hi) >> 1;
      if ((this.zones[mid]?.decidedOn ?? Infinity) <= on) open = mid + 1;
      else hi = mid;
    }
    if (open === 0) return null;
    const cumulative = this.cumulative[type];
    const target = rng.next() * (cumulative[open - 1] ?? 0);
    let lo = 0;
    hi = open - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.zones[lo] ?? null;
  }
}

/**
 * Leases zone land to secondary projects in proportion to their size, up to each zone's target
 * occupancy (never above 88% of leasable land) and never more than a project of that size would take.
 */
export function allocateLand(rng: Rng, projects: ProjectSeed[], zones: readonly ZoneSeed[]): void {
  const byZone = new Map<number, ProjectSeed[]>();
  for (const p of projects) {
    if (!p.zone || !p.row.isSecondary) continue;
    const list = byZone.get(p.zone.row.id) ?? [];
    list.push(p);
    byZone.set(p.zone.row.id, list);
  }
  for (const zone of zones) {
    const tenants = byZone.get(zone.row.id);
    if (!tenants) continue;
    const budget = Math.floor(zone.leasableHundredths * Math.min(0.88, zone.targetOccupancy));
    const demand = tenants.map((p) => Math.pow(p.sizeUsdMillions, 0.7) * rng.real(0.6, 1.4));
    const totalDemand = demand.reduce((a, b) => a + b, 0);
    tenants.forEach((p, i) => {
      const share = (budget * (demand[i] ?? 0)) / totalDemand;
      const cap = (2 + p.sizeUsdMillions * 0.9) * 100;
      p.landHundredths = Math.floor(Math.min(share, cap));
      p.row.landAreaHa = hectares(p.landHundredths);
    });
  }
}
