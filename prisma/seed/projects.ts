import type { InvestmentType } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./config";
import { day, isoDay, stamp, yearOf, type Day } from "./dates";
import { InvestorBook, type InvestorSeed } from "./investors";
import { hectares, money, Money } from "./money";
import { BOARD_NAME, DEPARTMENT_NAME, FDI_COUNTRIES } from "./names";
import { Rng, Weighted } from "./random";
import type { InvestorRow, ProjectInvestorRow, ProjectRow } from "./rows";
import { COUNTRY_AFFINITY, INFRASTRUCTURE_VSIC, VSIC, vsicSection, type VsicClass } from "./vsic";
import { allocateLand, ZonePicker } from "./placement";
import type { ZoneSeed } from "./zones";

/** A project row plus what amendments, statuses and plans are derived from. */
export interface ProjectSeed {
  row: ProjectRow;
  issuedOn: Day;
  zone: ZoneSeed | null;
  initial: Money;
  /** Amounts are registered in round figures: 10,000 USD or 100 million VND. */
  step: Money;
  /** Rough size in million USD, for land and jobs; never used as money. */
  sizeUsdMillions: number;
  landHundredths: number;
  /** The latest change (amendment or status decision); starts at the IRC date. */
  lastChange: Day;
  amendmentCount: number;
}

export interface ProjectsResult {
  projects: ProjectSeed[];
  investors: InvestorRow[];
  projectInvestors: ProjectInvestorRow[];
}

const USD_STEP = new Money(10_000);
const VND_STEP = new Money(100_000_000);
const FDI_COUNTRY_TABLE = new Weighted(FDI_COUNTRIES);
const EXCEPTION_NOTE = "Nhà đầu tư là tổ chức kinh tế có trên 50% vốn điều lệ do nhà đầu tư nước ngoài nắm giữ (khoản 1 Điều 23 Luật Đầu tư 2020).";

interface Slot {
  id: number;
  code: string;
  ircNumber: string;
  issuedOn: Day;
  type: InvestmentType;
  /** Set for a zone's own infrastructure project. */
  developerOf?: ZoneSeed;
  exception?: boolean;
}

export function generateProjects(ctx: SeedContext, zones: readonly ZoneSeed[]): ProjectsResult {
  const rng = new Rng(ctx.seed, "projects");
  const book = new InvestorBook(new Rng(ctx.seed, "investors"));
  const picker = new ZonePicker(zones);
  const phases = new Map<string, number>();
  const projects: ProjectSeed[] = [];
  const projectInvestors: ProjectInvestorRow[] = [];

  for (const slot of projectSlots(ctx, rng, zones)) {
    const seed = slot.developerOf
      ? infrastructureProject(rng, book, slot, slot.developerOf)
      : secondaryProject(ctx, rng, book, picker, slot, phases);
    projects.push(seed);
    const lead = seed.row.leadInvestorId;
    projectInvestors.push({ projectId: slot.id, investorId: lead, isLead: true });
    if (!slot.developerOf && rng.chance(ctx.config.secondInvestorShare)) {
      const partner = secondInvestor(rng, book, seed, slot.issuedOn);
      if (partner.row.id !== lead) projectInvestors.push({ projectId: slot.id, investorId: partner.row.id, isLead: false });
    }
  }

  allocateLand(new Rng(ctx.seed, "land"), projects, zones);
  return { projects, investors: book.investors.map((s) => s.row), projectInvestors };
}

type Draft = Omit<Slot, "id" | "code" | "ircNumber">;

/**
 * IRC dates for every project, oldest first, so that ids and codes ("DA-2026-0051", numbered per
 * year) grow with time as in the register.
 */
function projectSlots(ctx: SeedContext, rng: Rng, zones: readonly ZoneSeed[]): Slot[] {
  const { config, today } = ctx;
  const firstYear = ctx.year - config.ircYears + 1;
  const windowStart = day(firstYear, 1, 1);
  const developers: Draft[] = zones
    .filter((z) => z.row.kind === "KCN" && z.decidedOn !== null && z.decidedOn >= windowStart && z.row.infrastructureInvestor)
    .map((z) => ({ issuedOn: Math.min(today, (z.decidedOn ?? today) + rng.int(30, 180)), type: "DDI" as const, developerOf: z }));

  // More projects each year, the current year counted only up to today.
  const years = new Weighted(
    Array.from({ length: config.ircYears }, (_, i) => {
      const y = firstYear + i;
      const elapsed = y === ctx.year ? (today - day(y, 1, 1) + 1) / 365 : 1;
      return [y, (6 + (11 * i) / Math.max(1, config.ircYears - 1)) * elapsed] as const;
    }),
  );
  const regular: Draft[] = Array.from({ length: Math.max(0, config.projects - developers.length) }, () => {
    const y = rng.weighted(years);
    const from = day(y, 1, 1);
    const to = Math.min(day(y, 12, 31), today);
    return { issuedOn: rng.int(from, to), type: rng.chance(config.fdiShare) ? "FDI" : "DDI" };
  });
  const fdi = regular.filter((s) => s.type === "FDI");
  for (const slot of rng.shuffle(fdi).slice(0, config.investorExceptions)) slot.exception = true;
  const ircNumbers = new Set<string>();
  const perYear = new Map<number, number>();
  return [...developers, ...regular]
    .sort((a, b) => a.issuedOn - b.issuedOn)
    .map((draft, i) => {
      const year = yearOf(draft.issuedOn);
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      return { ...draft, id: i + 1, code: `DA-${year}-${String(sequence).padStart(4, "0")}`, ircNumber: uniqueIrcNumber(rng, ircNumbers) };
    });
}

function secondaryProject(
  ctx: SeedContext,
  rng: Rng,
  book: InvestorBook,
  picker: ZonePicker,
  slot: Slot,
  phases: Map<string, number>,
): ProjectSeed {
  const fdi = slot.type === "FDI";
  const country = fdi ? rng.weighted(FDI_COUNTRY_TABLE) : "VN";
  const vsic = rng.weighted(vsicTable(slot.type, country));
  const lead: InvestorSeed = slot.exception
    ? book.foreignOwnedVietnameseCompany(country, vsic, slot.issuedOn)
    : book.lead(country, vsic, slot.issuedOn, ctx.config.newLeadShare, fdi ? 0.02 : 0.04);
  const zone = rng.chance(ctx.config.outsideZoneShare) ? null : picker.pick(rng, slot.type, slot.issuedOn);

  const sizeUsdMillions = fdi ? rng.logNormal(5, 1.3, 1, 500) : rng.logNormal(70, 1.35, 10, 5000) / 25;
  const step = fdi ? USD_STEP : VND_STEP;
  const amount = fdi ? sizeUsdMillions * 1e6 : sizeUsdMillions * 25 * 1e9;
  const initial = step.mul(Math.max(100, Math.round(amount / step.toNumber())));
  const [jobsFrom, jobsTo] = vsic.jobsPerMillionUsd;
  const jobs = Math.min(20_000, Math.max(5, Math.round(sizeUsdMillions * rng.real(jobsFrom, jobsTo))));

  const phaseKey = `${lead.row.id}|${vsic.code}`;
  const phase = (phases.get(phaseKey) ?? 0) + 1;
  phases.set(phaseKey, phase);
  const name = `${vsic.projectName} ${lead.brand}${phase > 1 ? ` – giai đoạn ${phase}` : ""}`;
  // Outside the zones the land is the project's own site, not leased zone land.
  const landHundredths = zone ? 0 : Math.round(Math.min(15, 0.5 + sizeUsdMillions * 0.3) * rng.real(0.5, 1) * 100);

  return {
    row: projectRow(slot, {
      name,
      lead,
      exception: slot.exception ? EXCEPTION_NOTE : null,
      zone,
      isSecondary: zone !== null,
      vsic,
      initial,
      landHundredths,
      jobs: jobs > 200 ? Math.round(jobs / 10) * 10 : jobs,
    }),
    issuedOn: slot.issuedOn,
    zone,
    initial,
    step,
    sizeUsdMillions,
    landHundredths,
    lastChange: slot.issuedOn,
    amendmentCount: 0,
  };
}

/** The developer's own project: it builds the zone and leases no land in it, so it is not secondary. */
function infrastructureProject(rng: Rng, book: InvestorBook, slot: Slot, zone: ZoneSeed): ProjectSeed {
  const vsic = VSIC.find((v) => v.code === INFRASTRUCTURE_VSIC);
  if (!vsic) throw new Error(`VSIC ${INFRASTRUCTURE_VSIC} missing`);
  const lead = book.developer(zone.row.infrastructureInvestor ?? zone.row.name, vsic, slot.issuedOn);
  const initial = VND_STEP.mul(Math.round(rng.logNormal(1800, 0.4, 600, 5000) * 10));
  return {
    row: projectRow(slot, {
      name: `Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng ${zone.row.name}`,
      lead,
      exception: null,
      zone,
      isSecondary: false,
      vsic,
      initial,
      landHundredths: 0,
      jobs: rng.int(30, 150),
    }),
    issuedOn: slot.issuedOn,
    zone,
    initial,
    step: VND_STEP,
    sizeUsdMillions: initial.div(25e9).toNumber(),
    landHundredths: 0,
    lastChange: slot.issuedOn,
    amendmentCount: 0,
  };
}

interface ProjectFacts {
  name: string;
  lead: InvestorSeed;
  exception: string | null;
  zone: ZoneSeed | null;
  isSecondary: boolean;
  vsic: VsicClass;
  initial: Money;
  landHundredths: number;
  jobs: number;
}

function projectRow(slot: Slot, facts: ProjectFacts): ProjectRow {
  const created = stamp(slot.issuedOn);
  return {
    id: slot.id,
    code: slot.code,
    ircNumber: slot.ircNumber,
    ircFirstIssuedOn: isoDay(slot.issuedOn),
    ircIssuingAgency: facts.zone ? BOARD_NAME : DEPARTMENT_NAME,
    name: facts.name,
    type: slot.type,
    leadInvestorId: facts.lead.row.id,
    originCountry: facts.lead.row.country,
    investorException: facts.exception,
    zoneId: facts.zone?.row.id ?? null,
    isSecondary: facts.isSecondary,
    vsicCode: facts.vsic.code,
    vsicSection: vsicSection(facts.vsic.code),
    currency: slot.type === "FDI" ? "USD" : "VND",
    initialCapital: money(facts.initial),
    currentCapital: money(facts.initial),
    landAreaHa: hectares(facts.landHundredths),
    plannedJobs: facts.jobs,
    status: "ACTIVE",
    statusDecisionNo: null,
    statusDecisionOn: null,
    version: 1,
    createdAt: created,
    updatedAt: created,
  };
}

function secondInvestor(rng: Rng, book: InvestorBook, project: ProjectSeed, on: Day): InvestorSeed {
  const vsic = VSIC.find((v) => v.code === project.row.vsicCode) ?? VSIC[0];
  if (!vsic) throw new Error("VSIC list is empty");
  // Half of the FDI partners are Vietnamese (joint ventures); DDI partners are Vietnamese.
  const country = project.row.type === "FDI" && rng.chance(0.5) ? project.row.originCountry : "VN";
  return book.lead(country, vsic, on, 0.5, 0.1);
}

function uniqueIrcNumber(rng: Rng, taken: Set<string>): string {
  for (;;) {
    const candidate = `21${rng.digits(8)}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

const vsicTables = new Map<string, Weighted<VsicClass>>();

function vsicTable(type: InvestmentType, country: string): Weighted<VsicClass> {
  const key = `${type}|${country}`;
  let table = vsicTables.get(key);
  if (!table) {
    const affinity = COUNTRY_AFFINITY[country] ?? {};
    table = new Weighted(
      VSIC.map((v) => [v, (type === "FDI" ? v.fdiWeight : v.ddiWeight) * (affinity[v.code] ?? 1)] as const),
    );
    vsicTables.set(key, table);
  }
  return table;
}
