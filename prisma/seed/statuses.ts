import type { ProjectStatus } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./config";
import { isoDay, stamp } from "./dates";
import type { ProjectSeed } from "./projects";
import { Rng, Weighted } from "./random";

const STATUS_TABLE = new Weighted<ProjectStatus>([
  ["ACTIVE", 84],
  ["EXTENDED", 5],
  ["SUSPENDED", 4],
  ["TERMINATED", 5],
  ["REVOKED", 2],
]);

/**
 * Statuses under Law 61/2020, decided after the project's last amendment (a terminated project
 * is not amended) and at least a year after its IRC. Also settles version and updatedAt.
 */
export function assignStatuses(ctx: SeedContext, projects: readonly ProjectSeed[]): void {
  const rng = new Rng(ctx.seed, "statuses");
  for (const p of projects) {
    const status = p.row.isSecondary || p.zone === null ? rng.weighted(STATUS_TABLE) : "ACTIVE";
    const from = Math.max(p.issuedOn + 365, p.lastChange + 1);
    const to = ctx.today - 1;
    if (status !== "ACTIVE" && from <= to) {
      const decidedOn = rng.int(from, to);
      p.row.status = status;
      p.row.statusDecisionNo = `${rng.int(10, 999)}/QĐ-${p.zone ? "BQL" : "UBND"}`;
      p.row.statusDecisionOn = isoDay(decidedOn);
      p.lastChange = decidedOn;
    }
    p.row.version = 1 + p.amendmentCount + (p.row.status === "ACTIVE" ? 0 : 1);
    p.row.updatedAt = stamp(p.lastChange);
  }
}
