import { day, yearOf, type Day } from "./dates";

export type SeedMode = "demo" | "scale";

/** Everything that differs between the demo province and a scale run; the generators are the same. */
export interface SeedConfig {
  mode: SeedMode;
  projects: number;
  kcn: number;
  ccn: number;
  /** IRC first-issue dates spread over this many calendar years, ending this year. */
  ircYears: number;
  /** Years (ending this year) with plans, monthly actuals and exchange rates. */
  indicatorYears: number;
  /** Amendments are dated from 1 January of the year this many years back. */
  amendmentYears: number;
  /** How many amendments a project gets: [count, weight]. */
  amendmentCounts: readonly (readonly [number, number])[];
  /** Chance that a project's lead is a new investor rather than one already in the province. */
  newLeadShare: number;
  secondInvestorShare: number;
  fdiShare: number;
  outsideZoneShare: number;
  /** FDI projects whose lead is a Vietnamese-registered company with foreign majority (a recorded exception). */
  investorExceptions: number;
}

export function demoConfig(): SeedConfig {
  return {
    mode: "demo",
    projects: 300,
    kcn: 10,
    ccn: 30,
    ircYears: 8,
    indicatorYears: 2,
    amendmentYears: 3,
    amendmentCounts: [[0, 55], [1, 27], [2, 11], [3, 5], [4, 2]],
    newLeadShare: 0.72,
    secondInvestorShare: 0.15,
    fdiShare: 0.55,
    outsideZoneShare: 0.15,
    investorExceptions: 2,
  };
}

export function scaleConfig(projects: number): SeedConfig {
  const zones = Math.min(300, Math.max(20, Math.round(projects * 0.003)));
  const kcn = Math.round(zones / 4);
  return {
    mode: "scale",
    projects,
    kcn,
    ccn: zones - kcn,
    ircYears: 10,
    indicatorYears: 10,
    amendmentYears: 3,
    // about 3 per project
    amendmentCounts: [[0, 8], [1, 14], [2, 18], [3, 20], [4, 16], [5, 12], [6, 8], [7, 4]],
    // with second investors, about one investor per three projects
    newLeadShare: 0.26,
    secondInvestorShare: 0.15,
    fdiShare: 0.55,
    outsideZoneShare: 0.15,
    investorExceptions: Math.max(2, Math.round(projects * 0.005)),
  };
}

/** What every generator is given: the seed, the date the data is "as of", and the mode. */
export interface SeedContext {
  seed: number;
  today: Day;
  year: number;
  config: SeedConfig;
  /** When the board started keeping records in this system; older facts are back-filled on that day. */
  systemStart: Day;
}

export function seedContext(seed: number, today: Day, config: SeedConfig): SeedContext {
  const year = yearOf(today);
  return { seed, today, year, config, systemStart: day(year - Math.max(config.ircYears, config.indicatorYears), 1, 2) };
}
