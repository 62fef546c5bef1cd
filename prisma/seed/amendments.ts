import type { SeedContext } from "./config";
import { day, isoDay, stamp, type Day } from "./dates";
import { factor, hectares, money, type Money } from "./money";
import { Rng, Weighted } from "./random";
import type { AmendmentRow } from "./rows";
import type { ProjectSeed } from "./projects";

type Change = "INCREASE" | "DECREASE" | "OTHER";

const CHANGES = new Weighted<Change>([
  ["INCREASE", 78],
  ["DECREASE", 10],
  ["OTHER", 12],
]);

const INCREASE_NOTES = [
  "Tăng vốn đầu tư; mở rộng quy mô, công suất dự án",
  "Tăng vốn đầu tư; bổ sung mục tiêu sản xuất",
  "Tăng vốn đầu tư và điều chỉnh tiến độ thực hiện dự án",
];
const DECREASE_NOTES = ["Giảm vốn đầu tư do điều chỉnh quy mô dự án", "Giảm vốn đầu tư; điều chỉnh tiến độ góp vốn"];
const OTHER_NOTES = [
  "Điều chỉnh tiến độ thực hiện dự án",
  "Thay đổi tên dự án và địa chỉ trụ sở nhà đầu tư",
  "Thay đổi người đại diện theo pháp luật của nhà đầu tư",
];

/**
 * IRC amendments over the last few years, numbered 1, 2, 3… per project in date order. Capital is
 * chained before → after with exact decimals and never reaches zero; the project's current
 * capital, amendment count and last change are updated from the chain.
 */
export function generateAmendments(ctx: SeedContext, projects: readonly ProjectSeed[]): AmendmentRow[] {
  const rng = new Rng(ctx.seed, "amendments");
  const counts = new Weighted(ctx.config.amendmentCounts);
  const windowStart = day(ctx.year - ctx.config.amendmentYears + 1, 1, 1);
  const rows: AmendmentRow[] = [];
  let sameDayShown = false;

  for (const project of projects) {
    const count = rng.weighted(counts);
    const from = Math.max(project.issuedOn + 60, windowStart);
    if (count === 0 || from > ctx.today) continue;
    const dates = Array.from({ length: count }, () => rng.int(from, ctx.today)).sort((a, b) => a - b);
    // Two amendments signed the same day happen; make sure the demo has one to show.
    for (let i = 1; i < dates.length; i++) {
      if (!sameDayShown || rng.chance(0.01)) {
        dates[i] = dates[i - 1] ?? dates[i] ?? from;
        sameDayShown = true;
        break;
      }
    }

    let capital = project.initial;
    let landAdded = 0;
    dates.forEach((amendedOn, i) => {
      const { delta, note } = capitalChange(rng, capital, project.step, project.sizeUsdMillions);
      let landDelta = 0;
      // Land added by an amendment is part of the project's current land area (never more than half of it).
      if (delta.gt(0) && project.row.isSecondary && rng.chance(0.2)) {
        landDelta = Math.floor(project.landHundredths * rng.real(0.1, 0.3));
        if (landAdded + landDelta > project.landHundredths / 2) landDelta = 0;
        landAdded += landDelta;
      }
      const after = capital.plus(delta);
      rows.push(amendmentRow(rows.length + 1, project, i + 1, amendedOn, capital, delta, after, landDelta, note));
      capital = after;
    });
    project.row.currentCapital = money(capital);
    project.amendmentCount = dates.length;
    project.lastChange = dates[dates.length - 1] ?? project.lastChange;
  }
  return rows;
}

function capitalChange(rng: Rng, before: Money, step: Money, sizeUsdMillions: number): { delta: Money; note: string } {
  const change = rng.weighted(CHANGES);
  if (change === "INCREASE") {
    // Small projects sometimes double; large ones grow by a fraction.
    const share = sizeUsdMillions < 30 && rng.chance(0.05) ? rng.real(1, 2) : rng.real(0.1, sizeUsdMillions < 100 ? 0.7 : 0.4);
    const delta = roundUp(before.mul(factor(share)), step);
    return { delta, note: rng.pick(INCREASE_NOTES) };
  }
  // A decrease leaves at least one step of capital: a project's registered capital stays positive.
  if (change === "DECREASE" && before.gt(step)) {
    const cut = roundUp(before.mul(factor(rng.real(0.05, 0.4))), step);
    const delta = cut.gte(before) ? before.minus(step).neg() : cut.neg();
    return { delta, note: rng.pick(DECREASE_NOTES) };
  }
  return { delta: step.mul(0), note: rng.pick(OTHER_NOTES) };
}

/** At least one step, rounded to whole steps. */
function roundUp(value: Money, step: Money): Money {
  const steps = value.div(step).toDecimalPlaces(0);
  return step.mul(steps.lt(1) ? 1 : steps);
}

function amendmentRow(
  id: number,
  project: ProjectSeed,
  number: number,
  amendedOn: Day,
  before: Money,
  delta: Money,
  after: Money,
  landDeltaHundredths: number,
  note: string,
): AmendmentRow {
  const at = stamp(amendedOn);
  return {
    id,
    projectId: project.row.id,
    number,
    amendedOn: isoDay(amendedOn),
    capitalDelta: money(delta),
    capitalBefore: money(before),
    capitalAfter: money(after),
    landAreaDeltaHa: hectares(landDeltaHundredths),
    otherChanges: landDeltaHundredths > 0 ? `${note}; bổ sung diện tích đất thuê` : note,
    createdAt: at,
    updatedAt: at,
  };
}
