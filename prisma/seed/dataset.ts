import { generateAmendments } from "./amendments";
import { seedContext, type SeedConfig } from "./config";
import type { Day } from "./dates";
import { generateIndicators } from "./indicators";
import { generateProjects } from "./projects";
import { generateExchangeRates } from "./rates";
import { assignStatuses } from "./statuses";
import type { Dataset } from "./rows";
import { generateSettings, generateUserZones, generateUsers } from "./users";
import { generateZones } from "./zones";

/**
 * The whole seed as plain rows with their ids, computed without touching a database: the same
 * (seed, today, config) gives the same rows, byte for byte.
 */
export function generateDataset(seed: number, today: Day, config: SeedConfig): Dataset {
  const ctx = seedContext(seed, today, config);
  const { zones, progress } = generateZones(ctx);
  const { projects, investors, projectInvestors } = generateProjects(ctx, zones);
  const amendments = generateAmendments(ctx, projects);
  assignStatuses(ctx, projects);
  const rates = generateExchangeRates(ctx);
  const { planTargets, actuals } = generateIndicators(ctx, zones, projects, amendments, rates.planRate);
  const users = generateUsers(ctx);
  const zoneRows = zones.map((z) => z.row);
  return {
    settings: generateSettings(ctx),
    users,
    userZones: generateUserZones(users, zoneRows),
    zones: zoneRows,
    zoneProgress: progress,
    investors,
    projects: projects.map((p) => p.row),
    projectInvestors,
    amendments,
    exchangeRates: rates.rows,
    planTargets,
    indicatorActuals: actuals,
  };
}
