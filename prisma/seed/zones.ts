import type { InfrastructureStatus, ZoneKind, ZoneStatus } from "../../lib/generated/prisma/enums";
import type { SeedContext } from "./config";
import { day, isoDay, quarterEnds, stamp, yearOf, type Day } from "./dates";
import { hectares } from "./money";
import { DISTRICTS, MOUNTAIN_FIRST, MOUNTAIN_SECOND, PLACE_FIRST, PLACE_SECOND, PROVINCE, type District } from "./names";
import { Rng, Weighted } from "./random";
import type { ZoneProgressRow, ZoneRow } from "./rows";

/** A zone row plus what the project generators need to know about it. */
export interface ZoneSeed {
  row: ZoneRow;
  decidedOn: Day | null;
  totalHundredths: number;
  leasableHundredths: number;
  /** Share of leasable land that its secondary projects will lease (0 for a planned zone). */
  targetOccupancy: number;
}

type Profile = readonly [ZoneStatus, InfrastructureStatus];

// Status mixes: most zones operate, every status and infrastructure status occurs for each kind.
const STATUS_SHARES: Readonly<Record<ZoneKind, { established: number; planned: number }>> = {
  KCN: { established: 0.2, planned: 0.2 },
  CCN: { established: 0.25, planned: 0.25 },
};

export function generateZones(ctx: SeedContext): { zones: ZoneSeed[]; progress: ZoneProgressRow[] } {
  const rng = new Rng(ctx.seed, "zones");
  const names = new PlaceNames(rng);
  const zones: ZoneSeed[] = [];
  for (const [kind, count] of [["KCN", ctx.config.kcn], ["CCN", ctx.config.ccn]] as const) {
    const profiles = rng.shuffle(statusProfiles(kind, count));
    profiles.forEach((profile, i) => zones.push(makeZone(ctx, rng, names, kind, i, profile, count, zones.length + 1)));
  }
  const progressRng = new Rng(ctx.seed, "zone-progress");
  const progress: ZoneProgressRow[] = [];
  for (const zone of zones) progress.push(...progressHistory(ctx, progressRng, zone, progress.length));
  return { zones, progress };
}

function statusProfiles(kind: ZoneKind, count: number): Profile[] {
  const shares = STATUS_SHARES[kind];
  const established = Math.max(1, Math.round(count * shares.established));
  const planned = Math.max(1, Math.round(count * shares.planned));
  const operating = Math.max(1, count - established - planned);
  const operatingUnderConstruction = Math.max(1, Math.round(operating * 0.3));
  const establishedNotStarted = Math.max(1, Math.round(established * 0.4));
  const profiles: Profile[] = [];
  for (let i = 0; i < operating; i++) profiles.push(["OPERATING", i < operatingUnderConstruction ? "UNDER_CONSTRUCTION" : "BASICALLY_COMPLETE"]);
  for (let i = 0; i < established; i++) profiles.push(["ESTABLISHED", i < establishedNotStarted ? "NOT_STARTED" : "UNDER_CONSTRUCTION"]);
  for (let i = 0; i < planned; i++) profiles.push(["PLANNED", "NOT_STARTED"]);
  return profiles.slice(0, count);
}

function makeZone(
  ctx: SeedContext,
  rng: Rng,
  names: PlaceNames,
  kind: ZoneKind,
  index: number,
  [status, infrastructureStatus]: Profile,
  count: number,
  id: number,
): ZoneSeed {
  const isKcn = kind === "KCN";
  // The first two clusters sit in the mountain districts and are the small ones the law allows there (≥ 5 ha).
  const district: District = !isKcn && index < 2 ? mountainDistrict(index) : rng.weighted(isKcn ? KCN_DISTRICTS : CCN_DISTRICTS);
  const place = district.mountain ? names.mountain() : names.lowland();
  const totalHa = isKcn
    ? rng.logNormal(260, 0.45, 100, 700)
    : district.mountain
      ? index < 2 || rng.chance(0.3) ? rng.real(5, 10) : rng.real(10, 40)
      : rng.real(15, 75);
  const totalHundredths = Math.round(totalHa * 100);
  const leasableHundredths = Math.round(totalHundredths * rng.real(0.6, 0.75));

  const decidedOn = status === "PLANNED" ? null : decisionDay(ctx, rng, kind, status);
  const period = priorityPeriod(ctx, rng, status, decidedOn);
  const inPlan2030 = status !== "PLANNED" || rng.chance(0.8);
  const constructionPlanApproved =
    status === "OPERATING" || (status === "ESTABLISHED" ? rng.chance(0.85) : inPlan2030 && rng.chance(period ? 0.45 : 0.1));
  const investor = status === "PLANNED" && rng.chance(0.5) ? null : infrastructureInvestor(rng, kind, place);
  const created = stamp(Math.max(ctx.systemStart, decidedOn ?? ctx.systemStart));
  const width = count >= 100 ? 3 : 2;

  const row: ZoneRow = {
    id,
    code: `${kind}-${String(index + 1).padStart(width, "0")}`,
    name: `${isKcn ? "Khu công nghiệp" : "Cụm công nghiệp"} ${place}`,
    kind,
    district: district.name,
    status,
    inPlan2030,
    priorityFromYear: period?.[0] ?? null,
    priorityToYear: period?.[1] ?? null,
    establishingDecisionNo: decidedOn === null ? null : `${rng.int(100, isKcn ? 2200 : 3500)}/QĐ-${isKcn ? "TTg" : "UBND"}`,
    establishingDecisionDate: decidedOn === null ? null : isoDay(decidedOn),
    infrastructureInvestor: investor,
    totalAreaHa: hectares(totalHundredths),
    leasableAreaHa: hectares(leasableHundredths),
    constructionPlanApproved,
    infrastructureStatus,
    createdAt: created,
    updatedAt: created,
  };
  const targetOccupancy = status === "OPERATING" ? rng.real(isKcn ? 0.55 : 0.45, 0.88) : status === "ESTABLISHED" ? rng.real(0.05, 0.4) : 0;
  return { row, decidedOn, totalHundredths, leasableHundredths, targetOccupancy };
}

const KCN_DISTRICTS = new Weighted(DISTRICTS.map((d) => [d, d.kcnWeight] as const));
const CCN_DISTRICTS = new Weighted(DISTRICTS.map((d) => [d, d.ccnWeight] as const));

function mountainDistrict(index: number): District {
  const mountains = DISTRICTS.filter((d) => d.mountain);
  const district = mountains[index % mountains.length];
  if (!district) throw new Error("the province needs a mountain district");
  return district;
}

function decisionDay(ctx: SeedContext, rng: Rng, kind: ZoneKind, status: ZoneStatus): Day {
  const y = ctx.year;
  // Operating zones were established long ago; merely established ones recently.
  const [fromYear, toYear] =
    status === "OPERATING" ? (kind === "KCN" ? [y - 22, y - 5] : [y - 18, y - 4]) : [y - 4, kind === "KCN" ? y - 1 : y];
  const from = day(fromYear, 1, 1);
  const to = Math.min(day(toYear, 12, 31), ctx.today - 30);
  return rng.int(from, Math.max(from, to));
}

/** Five-year planning periods aligned on 2021–2025, 2026–2030, … */
function priorityPeriod(ctx: SeedContext, rng: Rng, status: ZoneStatus, decidedOn: Day | null): readonly [number, number] | null {
  const current = 2021 + 5 * Math.floor((ctx.year - 2021) / 5);
  const period = (start: number) => [start, start + 4] as const;
  if (status === "PLANNED") return rng.chance(0.65) ? period(current) : null;
  if (status === "ESTABLISHED") return period(decidedOn !== null && yearOf(decidedOn) >= current ? current : current - 5);
  return rng.chance(0.35) ? period(current - 5) : null;
}

function infrastructureInvestor(rng: Rng, kind: ZoneKind, place: string): string {
  const templates =
    kind === "KCN"
      ? [
          `Công ty Cổ phần Phát triển hạ tầng KCN ${place}`,
          `Công ty Cổ phần Đầu tư và Phát triển KCN ${place}`,
          `Công ty TNHH Phát triển Khu công nghiệp ${place}`,
          `Tổng Công ty Phát triển công nghiệp ${PROVINCE} – CTCP`,
        ]
      : [`Công ty TNHH Đầu tư hạ tầng CCN ${place}`, `Công ty Cổ phần Đầu tư xây dựng ${place}`, `Công ty Cổ phần Phát triển cụm công nghiệp ${place}`];
  return rng.pick(templates);
}

/** Hands out distinct place names; past the combinations it numbers them ("Tân Hòa 2"). */
class PlaceNames {
  private readonly lowlandNames: string[];
  private readonly mountainNames: string[];
  private lowlandNext = 0;
  private mountainNext = 0;

  constructor(rng: Rng) {
    this.lowlandNames = rng.shuffle(combine(PLACE_FIRST, PLACE_SECOND));
    this.mountainNames = rng.shuffle(combine(MOUNTAIN_FIRST, MOUNTAIN_SECOND));
  }

  lowland(): string {
    return numbered(this.lowlandNames, this.lowlandNext++);
  }

  mountain(): string {
    return numbered(this.mountainNames, this.mountainNext++);
  }
}

function combine(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.filter((b) => b !== a).map((b) => `${a} ${b}`));
}

function numbered(names: readonly string[], n: number): string {
  const name = names[n % names.length] ?? "";
  const round = Math.floor(n / names.length);
  return round === 0 ? name : `${name} ${round + 1}`;
}

/** Quarterly progress over the last three years: cleared land and infrastructure only ever go up. */
function progressHistory(ctx: SeedContext, rng: Rng, zone: ZoneSeed, idBase: number): ZoneProgressRow[] {
  const { row, decidedOn, totalHundredths: total } = zone;
  if (decidedOn === null) return [];
  const quarters = quarterEnds(Math.max(decidedOn + 1, ctx.today - 3 * 365), ctx.today);
  if (quarters.length === 0) return [];
  const newInWindow = decidedOn > ctx.today - 3 * 365;
  const toClear = Math.round(total * rng.real(0.85, 1));

  const [clearedEnd, clearedStartShare] = ((): [number, number] => {
    if (row.status === "OPERATING") return row.infrastructureStatus === "BASICALLY_COMPLETE" ? [rng.real(0.95, 1), rng.real(0.95, 1)] : [rng.real(0.8, 0.97), rng.real(0.75, 0.95)];
    return row.infrastructureStatus === "UNDER_CONSTRUCTION" ? [rng.real(0.4, 0.85), rng.real(0, 0.4)] : [rng.real(0.05, 0.45), rng.real(0, 0.4)];
  })();
  const [pctEnd, pctStartShare] = ((): [number, number] => {
    if (row.infrastructureStatus === "BASICALLY_COMPLETE") return [rng.chance(0.4) ? 100 : rng.real(90, 100), rng.real(0.85, 1)];
    if (row.infrastructureStatus === "UNDER_CONSTRUCTION") return [rng.real(15, 85), rng.real(0.3, 0.8)];
    return [0, 0];
  })();
  const startShare = (share: number) => (newInWindow ? share * 0.2 : share);
  const clearedTo = Math.round(toClear * clearedEnd);
  const clearedFrom = Math.round(clearedTo * startShare(clearedStartShare));
  const pctTo = Math.round(pctEnd * 100);
  const pctFrom = Math.round(pctTo * startShare(pctStartShare));

  const steps = rising(rng, quarters.length);
  return quarters.map((reportedOn, i): ZoneProgressRow => {
    const share = steps[i] ?? 1;
    const cleared = clearedFrom + Math.floor((clearedTo - clearedFrom) * share);
    const pct = pctFrom + Math.floor((pctTo - pctFrom) * share);
    const at = stamp(Math.min(reportedOn + 5, ctx.today));
    return {
      id: idBase + i + 1,
      zoneId: row.id,
      reportedOn: isoDay(reportedOn),
      landClearedHa: hectares(cleared),
      landToClearHa: hectares(toClear),
      infrastructurePct: (pct / 100).toFixed(2),
      note: progressNote(cleared / toClear, pct / 100),
      createdAt: at,
      updatedAt: at,
    };
  });
}

/** n shares rising from 0 to 1, unevenly: work stalls some quarters, never two in a row. */
function rising(rng: Rng, n: number): number[] {
  if (n === 1) return [1];
  let stalled = false;
  const increments = Array.from({ length: n - 1 }, () => {
    stalled = !stalled && rng.chance(0.15);
    return stalled ? 0 : rng.real(0.2, 1);
  });
  const sum = increments.reduce((a, b) => a + b, 0) || 1;
  let acc = 0;
  return [0, ...increments.map((x) => (acc += x) / sum)];
}

function progressNote(clearedShare: number, pct: number): string {
  if (pct >= 90) return "Hạ tầng kỹ thuật cơ bản hoàn thiện; nhà máy xử lý nước thải tập trung đã vận hành.";
  if (pct >= 60) return "Đang hoàn thiện hệ thống cấp điện, chiếu sáng và cây xanh; đã đấu nối nước thải giai đoạn 1.";
  if (pct >= 30) return "Đang thi công đường giao thông nội khu, hệ thống thoát nước mưa và nước thải.";
  if (pct > 0) return "Đã khởi công san nền, đang thi công đường trục chính.";
  if (clearedShare > 0) return `Đang bồi thường, giải phóng mặt bằng (đạt ${Math.round(clearedShare * 100)}%); chưa khởi công hạ tầng.`;
  return "Đang lập phương án bồi thường, hỗ trợ tái định cư.";
}
