import { z } from "zod";
import { optionalId, requiredId, rowVersion } from "@/lib/actions/id-fields";
import { typeError } from "@/lib/actions/type-error";
import type { FieldErrors } from "@/lib/actions/app-error";
import { parseDateVi, toDecimal, type Locale } from "@/lib/format";
import { InfrastructureStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";
import { AREA, CODE_MAX, FIRST_YEAR, NAME_MAX, NOTE_MAX, readAmount, todayVn, type AmountSpec } from "@/lib/projects/schemas";

// The one schema of the zone and progress forms, run in the browser (messages before a round trip)
// and again in the server action. Fields arrive as strings; amounts are typed the form's language
// way and read with the projects' readAmount (same columns: NUMERIC(12,4) hectares). Every message
// is an i18n key: a bare one is under "validation.", a dotted one is used as is.

export const ZONE_KINDS = Object.values(ZoneKind);
export const ZONE_STATUSES = Object.values(ZoneStatus);
export const INFRASTRUCTURE_STATUSES = Object.values(InfrastructureStatus);
/** Statuses that record a board decision: setting them needs "zones:decide" and the establishing decision. */
export const DECIDED_STATUSES: readonly ZoneStatus[] = ["ESTABLISHED", "OPERATING"];
export const isDecided = (status: ZoneStatus) => DECIDED_STATUSES.includes(status);

/** Cluster size per Decree 32/2024/NĐ-CP: 10–75 ha, at least 5 ha in mountain districts. */
export const CCN_AREA = { min: 5, usualMin: 10, max: 75 } as const;
/** Priority periods are plan years: a period outside these is a typing mistake. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** A progress entry may be dated ahead (a planned milestone) but not beyond today + 1 year. */
export const PROGRESS_DAYS_AHEAD_YEARS = 1;

const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];
const E = (key: string) => `zones.errors.${key}`;
const P = (key: string) => `projects.errors.${key}`;

export const AREA_SPEC: AmountSpec = { ...AREA, negative: false };
export const PERCENT_SPEC: AmountSpec = { integerDigits: 3, decimals: 2, negative: false };

// ---------------------------------------------------------------------------------------------
// Field builders

const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A tag or comment as a browser would read it ("<b>", "</p", "<!--", "<img …"); "a < b" is not one. */
const MARKUP = /<(?:\/?[a-zA-Z]|[!?])/;

const text = (max: number) =>
  z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(max)
    .refine((s) => !CONTROL_SINGLE_LINE.test(s), { error: P("controlCharacters") });

const optionalText = (max: number) =>
  z
    .string({ error: typeError("invalid") })
    .trim()
    .max(max)
    .refine((s) => !CONTROL_SINGLE_LINE.test(s), { error: P("controlCharacters") })
    .nullish()
    .transform((s) => (s ? s : null));

/** A free-text note: several lines, no markup (it is a note, not a page: "<b>" is refused, not stored). */
const note = () =>
  z
    .string({ error: typeError("invalid") })
    .trim()
    .max(NOTE_MAX)
    .refine((s) => !CONTROL_MULTI_LINE.test(s), { error: P("controlCharacters") })
    .refine((s) => !MARKUP.test(s), { error: E("noMarkup") })
    .nullish()
    .transform((s) => (s ? s : null));

const enumField = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalid") });

const booleanField = (fallback: boolean) =>
  z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((v) => (typeof v === "boolean" ? v : v === null || v === undefined || v === "" ? fallback : ["true", "on", "1"].includes(v)));

const version = rowVersion;

const optionalYear = () =>
  z
    .union([z.number(), z.string()], { error: "invalid" })
    .nullish()
    .transform((v, ctx): number | null => {
      const s = v === null || v === undefined ? "" : String(v).trim();
      if (s === "") return null;
      const n = /^\d{4}$/.test(s) ? Number(s) : NaN;
      if (!Number.isInteger(n) || n < YEAR_RANGE.min || n > YEAR_RANGE.max) {
        ctx.addIssue({ code: "custom", message: E("yearInvalid") });
        return z.NEVER;
      }
      return n;
    });

type DateRead = { ok: true; value: Date } | { ok: false; key: string };

/** dd/MM/yyyy from 1988, up to `latest` (today for a decision; today + 1 year for a progress entry). */
export function readZoneDate(input: string, latest: "today" | "nextYear", now = new Date()): DateRead {
  const parsed = parseDateVi(input);
  if (!parsed.ok) return { ok: false, key: P("dateInvalid") };
  if (parsed.value.getUTCFullYear() < FIRST_YEAR) return { ok: false, key: P("dateTooEarly") };
  const today = todayVn(now);
  if (latest === "today") {
    if (parsed.value.getTime() > today.getTime()) return { ok: false, key: P("dateInFuture") };
  } else {
    const limit = new Date(today);
    limit.setUTCFullYear(limit.getUTCFullYear() + PROGRESS_DAYS_AHEAD_YEARS);
    if (parsed.value.getTime() > limit.getTime()) return { ok: false, key: E("dateTooFarAhead") };
  }
  return { ok: true, value: parsed.value };
}

const requiredDate = (latest: "today" | "nextYear") =>
  z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(20, { error: P("dateInvalid") })
    .transform((s, ctx): Date => {
      const read = readZoneDate(s, latest);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.key });
      return z.NEVER;
    });

const optionalDate = (latest: "today" | "nextYear") =>
  z
    .string({ error: typeError("invalid") })
    .trim()
    .max(20, { error: P("dateInvalid") })
    .nullish()
    .transform((s, ctx): Date | null => {
      if (!s) return null;
      const read = readZoneDate(s, latest);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.key });
      return z.NEVER;
    });

const amountText = () => z.string({ error: typeError("invalid") }).max(100, { error: P("amountTooLarge") }).nullish();

const localeOf = (value: unknown): Locale => LOCALES.find((l) => l === (value as { locale?: unknown }).locale) ?? "vi";

/** Reads the named amount fields with the sibling `locale`, adding a message to each that fails. */
function checkAmounts(specs: Record<string, AmountSpec>) {
  return (value: Record<string, unknown>, ctx: z.core.$RefinementCtx) => {
    for (const [field, spec] of Object.entries(specs)) {
      if (ctx.issues.some((i) => i.path?.[0] === field)) continue;
      const read = readAmount(value[field] as string | null | undefined, localeOf(value), spec);
      if (!read.ok) ctx.addIssue({ code: "custom", path: [field], message: read.key });
    }
  };
}

function readAmounts<K extends string>(value: Record<string, unknown>, specs: Record<K, AmountSpec>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const field of Object.keys(specs) as K[]) {
    const read = readAmount(value[field] as string | null | undefined, localeOf(value), specs[field]);
    if (!read.ok) throw new Error(`unreachable: ${field} was checked`);
    out[field] = read.value;
  }
  return out;
}

const isObject = (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null;
const noIssueAt = (payload: z.core.ParsePayload, ...fields: string[]) =>
  isObject(payload) && !payload.issues.some((i) => fields.includes(String(i.path?.[0])));

function withoutLocale<T extends { locale: Locale }>(value: T): Omit<T, "locale"> {
  const copy: Partial<T> = { ...value };
  delete copy.locale;
  return copy as Omit<T, "locale">;
}

// ---------------------------------------------------------------------------------------------
// Zone

const ZONE_AMOUNTS = { totalAreaHa: AREA_SPEC, leasableAreaHa: AREA_SPEC } as const;

const zoneFields = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  code: text(CODE_MAX),
  name: text(NAME_MAX),
  kind: enumField(ZONE_KINDS),
  district: text(NAME_MAX),
  status: enumField(ZONE_STATUSES),
  inPlan2030: booleanField(false),
  priorityFromYear: optionalYear(),
  priorityToYear: optionalYear(),
  establishingDecisionNo: optionalText(CODE_MAX),
  establishingDecisionDate: optionalDate("today"),
  infrastructureInvestor: optionalText(NAME_MAX),
  totalAreaHa: amountText(),
  leasableAreaHa: amountText(),
  constructionPlanApproved: booleanField(false),
  infrastructureStatus: enumField(INFRASTRUCTURE_STATUSES),
});

type ZoneFields = z.output<typeof zoneFields>;

function checkAreas(value: ZoneFields, ctx: z.core.$RefinementCtx<ZoneFields>) {
  const { totalAreaHa, leasableAreaHa } = readAmounts(value, ZONE_AMOUNTS);
  const total = toDecimal(totalAreaHa);
  const leasable = toDecimal(leasableAreaHa);
  if (total?.isZero()) ctx.addIssue({ code: "custom", path: ["totalAreaHa"], message: E("totalAreaZero") });
  else if (total && leasable && leasable.gt(total)) ctx.addIssue({ code: "custom", path: ["leasableAreaHa"], message: E("leasableOverTotal") });
}

function checkDecision(value: ZoneFields, ctx: z.core.$RefinementCtx<ZoneFields>) {
  // An established (or operating) zone exists by a decision: its number and date are required.
  if (isDecided(value.status)) {
    if (!value.establishingDecisionNo) ctx.addIssue({ code: "custom", path: ["establishingDecisionNo"], message: E("decisionRequired") });
    if (!value.establishingDecisionDate) ctx.addIssue({ code: "custom", path: ["establishingDecisionDate"], message: E("decisionRequired") });
  }
}

function checkPriority(value: ZoneFields, ctx: z.core.$RefinementCtx<ZoneFields>) {
  const { priorityFromYear: from, priorityToYear: to } = value;
  if (from !== null && to === null) ctx.addIssue({ code: "custom", path: ["priorityToYear"], message: E("periodIncomplete") });
  else if (from === null && to !== null) ctx.addIssue({ code: "custom", path: ["priorityFromYear"], message: E("periodIncomplete") });
  else if (from !== null && to !== null && to < from) ctx.addIssue({ code: "custom", path: ["priorityToYear"], message: E("periodReversed") });
}

function toZoneInput(value: ZoneFields) {
  return { ...withoutLocale(value), ...readAmounts(value, ZONE_AMOUNTS) };
}

const zoneChecked = <T extends ZoneFields>(schema: z.ZodType<T>) =>
  schema
    .superRefine(checkAmounts(ZONE_AMOUNTS), { when: isObject })
    .superRefine(checkAreas, { when: (p) => noIssueAt(p, "totalAreaHa", "leasableAreaHa") })
    .superRefine(checkDecision, { when: (p) => noIssueAt(p, "status", "establishingDecisionNo", "establishingDecisionDate") })
    .superRefine(checkPriority, { when: (p) => noIssueAt(p, "priorityFromYear", "priorityToYear") });

export const createZoneSchema = zoneChecked(zoneFields).transform(toZoneInput);
export type CreateZoneInput = z.output<typeof createZoneSchema>;

export const updateZoneSchema = zoneChecked(zoneFields.extend({ id: requiredId(), version: version() })).transform(({ id, version, ...fields }) => ({
  id,
  version,
  ...toZoneInput(fields),
}));
export type UpdateZoneInput = z.output<typeof updateZoneSchema>;

/** What the zone form holds: every field as typed. */
export type ZoneFormValues = {
  [K in Exclude<keyof z.input<typeof zoneFields>, "locale" | "inPlan2030" | "constructionPlanApproved">]-?: string;
} & { inPlan2030: boolean; constructionPlanApproved: boolean };

/** Warnings are shown and returned but never block a save: the board may know better (a mountain district). */
export type Warnings = FieldErrors;

/**
 * A cluster's size against Decree 32/2024: below 5 ha or above 75 ha is unusual; 5–10 ha is allowed
 * only in a mountain district. The same function runs in the form (before saving) and on the server
 * (the action's result carries its warnings).
 */
export function zoneWarnings(input: { kind: string; totalAreaHa: string | null | undefined }): Warnings {
  if (input.kind !== "CCN") return {};
  const total = toDecimal(input.totalAreaHa);
  if (!total || total.isZero()) return {};
  const values = { min: CCN_AREA.min, usualMin: CCN_AREA.usualMin, max: CCN_AREA.max };
  if (total.lt(CCN_AREA.min)) return { totalAreaHa: [{ key: "zones.warnings.ccnTooSmall", values }] };
  if (total.gt(CCN_AREA.max)) return { totalAreaHa: [{ key: "zones.warnings.ccnTooLarge", values }] };
  if (total.lt(CCN_AREA.usualMin)) return { totalAreaHa: [{ key: "zones.warnings.ccnMountainOnly", values }] };
  return {};
}

// ---------------------------------------------------------------------------------------------
// Progress entries

const PROGRESS_AMOUNTS = { landClearedHa: AREA_SPEC, landToClearHa: AREA_SPEC, infrastructurePct: PERCENT_SPEC } as const;

const progressFields = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  zoneId: requiredId(),
  reportedOn: requiredDate("nextYear"),
  landClearedHa: amountText(),
  landToClearHa: amountText(),
  infrastructurePct: amountText(),
  note: note(),
});

type ProgressFields = z.output<typeof progressFields>;

function checkProgress(value: ProgressFields, ctx: z.core.$RefinementCtx<ProgressFields>) {
  const read = readAmounts(value, PROGRESS_AMOUNTS);
  const cleared = toDecimal(read.landClearedHa);
  const toClear = toDecimal(read.landToClearHa);
  const pct = toDecimal(read.infrastructurePct);
  if (cleared && toClear && cleared.gt(toClear)) ctx.addIssue({ code: "custom", path: ["landClearedHa"], message: E("clearedOverToClear") });
  if (pct && pct.gt(100)) ctx.addIssue({ code: "custom", path: ["infrastructurePct"], message: E("percentOver100") });
}

function toProgressInput(value: ProgressFields) {
  const read = readAmounts(value, PROGRESS_AMOUNTS);
  return { ...withoutLocale(value), ...read };
}

const progressChecked = <T extends ProgressFields>(schema: z.ZodType<T>) =>
  schema
    .superRefine(checkAmounts(PROGRESS_AMOUNTS), { when: isObject })
    .superRefine(checkProgress, { when: (p) => noIssueAt(p, "landClearedHa", "landToClearHa", "infrastructurePct") });

export const addProgressSchema = progressChecked(progressFields).transform(toProgressInput);
export type AddProgressInput = z.output<typeof addProgressSchema>;

export const correctProgressSchema = progressChecked(progressFields.extend({ progressId: requiredId(), version: version() })).transform(
  ({ progressId, version, ...fields }) => ({ progressId, version, ...toProgressInput(fields) }),
);
export type CorrectProgressInput = z.output<typeof correctProgressSchema>;

export type ProgressFormValues = {
  [K in Exclude<keyof z.input<typeof progressFields>, "locale" | "zoneId">]-?: string;
};

// ---------------------------------------------------------------------------------------------
// Capacity check (the project form's over-full warning)

export const checkCapacitySchema = z
  .object({
    locale: z.enum(LOCALES).catch("vi"),
    zoneId: requiredId(),
    landAreaHa: amountText(),
    projectId: optionalId(),
  })
  .superRefine(checkAmounts({ landAreaHa: { ...AREA_SPEC, empty: "0" } }), { when: isObject })
  .transform((value) => ({
    zoneId: value.zoneId,
    projectId: value.projectId,
    ...readAmounts(value, { landAreaHa: { ...AREA_SPEC, empty: "0" } }),
  }));
export type CheckCapacityInput = z.output<typeof checkCapacitySchema>;
