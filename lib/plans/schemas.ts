import { z } from "zod";
import { INT_MAX, optionalId, requiredId } from "@/lib/actions/id-fields";
import { typeError } from "@/lib/actions/type-error";
import { parseDecimal, toDecimal, type Locale } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import { Indicator } from "@/lib/generated/prisma/enums";

// The schemas of the plan-target form and the monthly actuals grid, run in the browser (messages
// before a round trip) and again in the server action. Fields arrive as strings; every message is
// an i18n key: a bare one is under "validation.", a dotted one ("plans.errors.…") is used as is.

const E = (key: string) => `plans.errors.${key}`;
const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

// ---------------------------------------------------------------------------------------------
// Indicators

/** Display order everywhere: the bulletin's order. */
export const INDICATORS = [
  Indicator.INDUSTRIAL_PRODUCTION_VALUE,
  Indicator.EXPORT_VALUE,
  Indicator.REGISTERED_CAPITAL_CONVERTED,
  Indicator.NEW_PROJECTS,
  Indicator.JOBS,
] as const satisfies readonly Indicator[];

/**
 * Typed each month by staff. New projects and registered capital are counted from the project
 * registry (lib/reports), never typed: a typed figure would drift from the records behind it.
 */
export const MONTHLY_INDICATORS = [Indicator.INDUSTRIAL_PRODUCTION_VALUE, Indicator.EXPORT_VALUE, Indicator.JOBS] as const;
export type MonthlyIndicator = (typeof MONTHLY_INDICATORS)[number];

/** The unit follows the indicator (the same words the demo seed stores). */
export const INDICATOR_UNITS = {
  INDUSTRIAL_PRODUCTION_VALUE: "VND",
  EXPORT_VALUE: "USD",
  REGISTERED_CAPITAL_CONVERTED: "USD",
  NEW_PROJECTS: "project",
  JOBS: "job",
} as const satisfies Readonly<Record<Indicator, "VND" | "USD" | "project" | "job">>;

/** Counts are whole numbers; money keeps cents. 18 integer digits: 10^20 is a typing slip. */
export function amountSpecOf(indicator: Indicator): AmountSpec {
  const unit = INDICATOR_UNITS[indicator];
  return { integerDigits: 18, decimals: unit === "VND" || unit === "USD" ? 2 : 0 };
}

// ---------------------------------------------------------------------------------------------
// Scopes: "PROVINCE", "ALL_KCN", "ALL_CCN" or "ZONE:<id>", the key stored beside kind and zone.

export const FIXED_SCOPES = ["PROVINCE", "ALL_KCN", "ALL_CCN"] as const;
export type Scope =
  | { kind: (typeof FIXED_SCOPES)[number]; zoneId: null; key: (typeof FIXED_SCOPES)[number] }
  | { kind: "ZONE"; zoneId: number; key: `ZONE:${number}` };

export function parseScope(text: string | null | undefined): Scope | null {
  const s = (text ?? "").trim();
  const fixed = FIXED_SCOPES.find((f) => f === s);
  if (fixed) return { kind: fixed, zoneId: null, key: fixed };
  const m = /^ZONE:([1-9]\d{0,9})$/.exec(s);
  const id = m?.[1] ? Number(m[1]) : NaN;
  if (!Number.isInteger(id) || id > INT_MAX) return null;
  return { kind: "ZONE", zoneId: id, key: `ZONE:${id}` };
}

// ---------------------------------------------------------------------------------------------
// Amounts, typed in the form's language ("1.234,5" in vi, "1,234.5" in en), returned as exact
// canonical decimal strings ("1234.5"). All these indicators are ≥ 0.

export type AmountSpec = { integerDigits: number; decimals: number };
export type AmountRead = { ok: true; value: string } | { ok: false; key: string };

export function readAmount(input: string, locale: Locale, spec: AmountSpec): AmountRead {
  const parsed = parseDecimal(input, locale);
  if (!parsed.ok) return { ok: false, key: parsed.reason === "empty" ? "required" : parsed.reason === "too_long" ? E("tooLarge") : E("notNumber") };
  const value = toDecimal(parsed.value);
  if (value === null) return { ok: false, key: E("notNumber") };
  if (value.isNegative() && !value.isZero()) return { ok: false, key: E("negative") };
  if (value.abs().trunc().toFixed().replace(/^0$/, "").length > spec.integerDigits) return { ok: false, key: E("tooLarge") };
  if (value.decimalPlaces() > spec.decimals) return { ok: false, key: spec.decimals === 0 ? E("wholeNumber") : E("decimals2") };
  return { ok: true, value: parsed.value };
}

// ---------------------------------------------------------------------------------------------
// Field builders

const locale = z.enum(LOCALES).catch("vi");

const year = () =>
  z.union([z.number(), z.string()], { error: "required" }).transform((v, ctx) => {
    const s = String(v).trim();
    const n = /^\d{4}$/.test(s) ? Number(s) : NaN;
    if (!Number.isInteger(n) || n < FIRST_YEAR || n > LAST_YEAR) {
      ctx.addIssue({ code: "custom", message: s === "" ? "required" : E("yearRange") });
      return z.NEVER;
    }
    return n;
  });

const month = () =>
  z.union([z.number(), z.string()], { error: E("monthRange") }).transform((v, ctx) => {
    const s = String(v).trim();
    const n = /^\d{1,2}$/.test(s) ? Number(s) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 12) {
      ctx.addIssue({ code: "custom", message: E("monthRange") });
      return z.NEVER;
    }
    return n;
  });

const scope = () =>
  z.string({ error: typeError("required") }).transform((s, ctx) => {
    const parsed = parseScope(s);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: s.trim() === "" ? "required" : E("scopeInvalid") });
      return z.NEVER;
    }
    return parsed;
  });

const indicator = () => z.enum(INDICATORS, { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalid") });
const monthlyIndicator = () => z.enum(MONTHLY_INDICATORS, { error: E("indicatorNotMonthly") });

const amountText = () => z.string({ error: typeError("invalid") }).max(100, { error: E("tooLarge") });

const hasObject = (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null;
const noIssueAt = (payload: z.core.ParsePayload, ...fields: string[]) =>
  hasObject(payload) && !payload.issues.some((i) => fields.includes(String(i.path?.[0])));

// ---------------------------------------------------------------------------------------------
// Plan targets

const targetFields = z.object({
  locale,
  /** Present when editing a stored target. */
  id: optionalId(),
  version: optionalId(),
  year: year(),
  indicator: indicator(),
  scope: scope(),
  target: amountText(),
  /** Twelve monthly parts, January first, or all empty for no split. */
  split: z.array(amountText(), { error: "invalid" }).max(12, { error: "invalid" }).nullish(),
});
type TargetFields = z.output<typeof targetFields>;

function splitOf(value: TargetFields): string[] {
  return value.split ?? [];
}

function checkTarget(value: TargetFields, ctx: z.core.$RefinementCtx<TargetFields>) {
  const spec = amountSpecOf(value.indicator);
  const target = readAmount(value.target, value.locale, spec);
  if (!target.ok) ctx.addIssue({ code: "custom", path: ["target"], message: target.key });
  if (value.id !== null && value.version === null) ctx.addIssue({ code: "custom", path: ["version"], message: "invalid" });

  const split = splitOf(value);
  if (split.every((s) => s.trim() === "")) return;
  if (split.length !== 12) {
    ctx.addIssue({ code: "custom", path: ["split"], message: E("splitTwelve") });
    return;
  }
  let sum = new Dec(0);
  let bad = false;
  split.forEach((text, i) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["split", i], message: E("splitMonthMissing") });
      bad = true;
      return;
    }
    const read = readAmount(text, value.locale, spec);
    if (!read.ok) {
      ctx.addIssue({ code: "custom", path: ["split", i], message: read.key });
      bad = true;
    } else sum = sum.plus(read.value);
  });
  if (bad || !target.ok) return;
  if (!sum.eq(target.value)) {
    // The form shows the running sum beside the target, so the message needs no numbers.
    ctx.addIssue({ code: "custom", path: ["split"], message: E("splitSum") });
  }
}

function toTargetInput(value: TargetFields) {
  const spec = amountSpecOf(value.indicator);
  const read = (text: string) => {
    const r = readAmount(text, value.locale, spec);
    if (!r.ok) throw new Error("unreachable: the amount was checked");
    return r.value;
  };
  const split = splitOf(value);
  return {
    id: value.id,
    version: value.version,
    year: value.year,
    indicator: value.indicator,
    scope: value.scope,
    target: read(value.target),
    unit: INDICATOR_UNITS[value.indicator],
    monthlySplit: split.every((s) => s.trim() === "") ? [] : split.map(read),
  };
}

export const upsertTargetSchema = targetFields
  .superRefine(checkTarget, { when: (p) => noIssueAt(p, "indicator", "target", "split", "locale") })
  .transform(toTargetInput);
export type UpsertTargetInput = z.output<typeof upsertTargetSchema>;

export const deleteTargetSchema = z.object({ id: requiredId("invalid"), version: requiredId("invalid") });
export type DeleteTargetInput = z.output<typeof deleteTargetSchema>;

export const copyLastYearSchema = z.object({ year: year() });
export type CopyLastYearInput = z.output<typeof copyLastYearSchema>;

// ---------------------------------------------------------------------------------------------
// Monthly actuals

/** The field name of one grid cell, e.g. "EXPORT_VALUE.3" (March). */
export const cellKey = (indicator: Indicator, month: number) => `${indicator}.${month}`;

const cellFields = z.object({
  indicator: monthlyIndicator(),
  month: month(),
  /** The month's own figure as typed; empty removes the stored value. */
  value: amountText(),
  /** The version the grid was loaded with; empty for a cell that held no value. */
  version: optionalId(),
});

export const MAX_CELLS = MONTHLY_INDICATORS.length * 12;

const actualsFields = z.object({
  locale,
  year: year(),
  scope: scope(),
  cells: z.array(cellFields, { error: "invalid" }).min(1, { error: E("nothingToSave") }).max(MAX_CELLS, { error: "invalid" }),
});
type ActualsFields = z.output<typeof actualsFields>;

function checkCells(value: ActualsFields, ctx: z.core.$RefinementCtx<ActualsFields>) {
  const seen = new Set<string>();
  for (const cell of value.cells) {
    const key = cellKey(cell.indicator, cell.month);
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: [key], message: "invalid" });
    seen.add(key);
    if (cell.value.trim() === "") continue;
    const read = readAmount(cell.value, value.locale, amountSpecOf(cell.indicator));
    if (!read.ok) ctx.addIssue({ code: "custom", path: [key], message: read.key });
  }
}

export const saveActualsSchema = actualsFields.superRefine(checkCells, { when: (p) => noIssueAt(p, "cells", "locale") }).transform((value) => ({
  year: value.year,
  scope: value.scope,
  cells: value.cells.map((cell) => {
    const read = cell.value.trim() === "" ? null : readAmount(cell.value, value.locale, amountSpecOf(cell.indicator));
    if (read && !read.ok) throw new Error("unreachable: the cell was checked");
    return { indicator: cell.indicator, month: cell.month, value: read ? read.value : null, version: cell.version };
  }),
}));
export type SaveActualsInput = z.output<typeof saveActualsSchema>;

export const finalizeActualsSchema = z.object({
  year: year(),
  scope: scope(),
  month: month(),
  /** true marks the month's figures final; false reopens them as estimates (ước). */
  final: z.union([z.boolean(), z.string()]).transform((v) => v === true || v === "true"),
  /** The month's stored cells as the manager saw them, so that an unseen change is never signed off. */
  cells: z.array(z.object({ indicator: monthlyIndicator(), version: requiredId("invalid") }), { error: "invalid" }).max(MONTHLY_INDICATORS.length),
});
export type FinalizeActualsInput = z.output<typeof finalizeActualsSchema>;

// ---------------------------------------------------------------------------------------------
// URL state: forgiving, so that a hand-edited or stale link still shows a page.

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** This calendar year in Vietnam. */
export function currentYearVn(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(now));
}

export function parseYearParam(searchParams: SearchParams, now = new Date()): number {
  const text = first(searchParams.year) ?? "";
  const n = /^\d{4}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= FIRST_YEAR && n <= LAST_YEAR ? n : currentYearVn(now);
}

export function parseScopeParam(searchParams: SearchParams): Scope {
  return parseScope(first(searchParams.scope)) ?? { kind: "PROVINCE", zoneId: null, key: "PROVINCE" };
}
