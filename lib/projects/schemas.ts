import { z } from "zod";
import { optionalId, parseRowId, requiredId, rowVersion } from "@/lib/actions/id-fields";
import { typeError } from "@/lib/actions/type-error";
import { parseDateVi, parseDecimal, toDecimal, type Locale } from "@/lib/format";
import { Currency, InvestmentType, ProjectStatus } from "@/lib/generated/prisma/enums";
import { parseVsic } from "./vsic";

// The one schema of the project and amendment forms, run in the browser (messages before a round
// trip) and again in the server action. Fields arrive as strings; every message is an i18n key: a
// bare one is under "validation.", a dotted one ("projects.errors.…") is used as is.

export const PROJECT_TYPES = Object.values(InvestmentType);
export const PROJECT_STATUSES = Object.values(ProjectStatus);
export const CURRENCIES = Object.values(Currency);
const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];

export const NAME_MAX = 500;
export const CODE_MAX = 50;
export const NOTE_MAX = 2000;
/** NUMERIC(20,2): 18 integer digits, 2 decimals. */
export const MONEY = { integerDigits: 18, decimals: 2 } as const;
/** NUMERIC(12,4) hectares. */
export const AREA = { integerDigits: 8, decimals: 4 } as const;
export const AMENDMENT_NUMBER_MAX = 9999;
/** The first foreign-investment law took effect in 1988; an earlier date is a typing mistake. */
export const FIRST_YEAR = 1988;

const E = (key: string) => `projects.errors.${key}`;

// ---------------------------------------------------------------------------------------------
// Field builders

/** Letters a database or a screen should never receive (NUL breaks PostgreSQL text). */
const CONTROL_SINGLE_LINE = /[\u0000-\u001F\u007F]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Required one-line text, kept exactly as typed apart from surrounding spaces (HTML shows as text). */
const text = (max: number) =>
  z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(max)
    .refine((s) => !CONTROL_SINGLE_LINE.test(s), { error: E("controlCharacters") });

/** Optional text; empty → null. */
const optionalText = (max: number, multiLine = false) =>
  z
    .string({ error: typeError("invalid") })
    .trim()
    .max(max)
    .refine((s) => !(multiLine ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(s), { error: E("controlCharacters") })
    .nullish()
    .transform((s) => (s ? s : null));

/** Today in Vietnam as a calendar date (UTC midnight), computed without the server. */
// Built once: constructing an Intl formatter costs far more than formatting (imports check 10,000 rows).
const VN_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

export function todayVn(now = new Date()): Date {
  const [y, m, d] = VN_DAY.format(now).split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

type DateRead = { ok: true; value: Date } | { ok: false; key: string };

/** dd/MM/yyyy, a day that exists, from 1988 up to today. */
export function readDate(input: string): DateRead {
  const parsed = parseDateVi(input);
  if (!parsed.ok) return { ok: false, key: E("dateInvalid") };
  if (parsed.value.getUTCFullYear() < FIRST_YEAR) return { ok: false, key: E("dateTooEarly") };
  if (parsed.value.getTime() > todayVn().getTime()) return { ok: false, key: E("dateInFuture") };
  return { ok: true, value: parsed.value };
}

const date = () =>
  z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(20, { error: E("dateInvalid") })
    .transform((s, ctx) => {
      const read = readDate(s);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.key });
      return z.NEVER;
    });

const optionalDate = () =>
  z
    .string({ error: typeError("invalid") })
    .trim()
    .max(20, { error: E("dateInvalid") })
    .nullish()
    .transform((s, ctx): Date | null => {
      if (!s) return null;
      const read = readDate(s);
      if (read.ok) return read.value;
      ctx.addIssue({ code: "custom", message: read.key });
      return z.NEVER;
    });

const enumField = <T extends string>(values: readonly T[]) =>
  z.enum(values as [T, ...T[]], { error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalid") });

/** Ids as an array or "1,2,3" (a hidden field); duplicates dropped, order kept. */
const idList = () =>
  z
    .union([z.array(z.union([z.number(), z.string()])), z.string()], { error: "invalid" })
    .nullish()
    .transform((v, ctx): number[] => {
      const items = v === null || v === undefined ? [] : Array.isArray(v) ? v.map(String) : v.split(",");
      const out: number[] = [];
      for (const item of items.map((s) => s.trim()).filter(Boolean)) {
        const n = parseRowId(item);
        if (n === null) {
          ctx.addIssue({ code: "custom", message: "invalid" });
          return z.NEVER;
        }
        if (!out.includes(n)) out.push(n);
      }
      if (out.length > 50) {
        ctx.addIssue({ code: "custom", message: E("tooManyInvestors") });
        return z.NEVER;
      }
      return out;
    });

const booleanField = (fallback: boolean) =>
  z
    .union([z.boolean(), z.string()])
    .nullish()
    .transform((v) => (typeof v === "boolean" ? v : v === null || v === undefined || v === "" ? fallback : ["true", "on", "1"].includes(v)));

const version = rowVersion;

// ---------------------------------------------------------------------------------------------
// Amounts: typed in the form's language ("1.234.567,89" in vi, "1,234,567.89" in en), checked
// against the column they go to, returned as exact canonical decimal strings ("1234567.89").

export type AmountSpec = {
  integerDigits: number;
  decimals: number;
  negative: boolean;
  /** The value of an empty field, or undefined when the field is required. */
  empty?: string;
};

export type AmountRead = { ok: true; value: string } | { ok: false; key: string };

export function readAmount(input: string | null | undefined, locale: Locale, spec: AmountSpec): AmountRead {
  const raw = (input ?? "").trim();
  if (raw === "") return spec.empty !== undefined ? { ok: true, value: spec.empty } : { ok: false, key: "required" };
  const parsed = parseDecimal(raw, locale);
  if (!parsed.ok) return { ok: false, key: parsed.reason === "too_long" ? E("amountTooLarge") : E("amountInvalid") };
  const value = toDecimal(parsed.value);
  if (value === null) return { ok: false, key: E("amountInvalid") };
  if (value.isNegative() && !value.isZero() && !spec.negative) return { ok: false, key: E("amountNegative") };
  const integerDigits = value.abs().trunc().toFixed().replace(/^0$/, "").length;
  if (integerDigits > spec.integerDigits) return { ok: false, key: E("amountTooLarge") };
  if (value.decimalPlaces() > spec.decimals) return { ok: false, key: spec.decimals === 0 ? E("wholeNumber") : E(`decimals${spec.decimals}`) };
  return { ok: true, value: parsed.value };
}

const amountText = () => z.string({ error: typeError("invalid") }).max(100, { error: E("amountTooLarge") }).nullish();

/**
 * Checks every amount field named in `specs` with the sibling `locale` and replaces it with its
 * canonical value. `when` lets the check run when other fields failed, so every wrong field is
 * named at once, but not on a field that already has its own message.
 */
function amounts<K extends string>(specs: Record<K, AmountSpec>) {
  const fields = Object.keys(specs) as K[];
  const localeOf = (value: unknown): Locale => LOCALES.find((l) => l === (value as { locale?: unknown }).locale) ?? "vi";
  return {
    check(value: Record<string, unknown>, ctx: z.core.$RefinementCtx) {
      for (const field of fields) {
        if (ctx.issues.some((i) => i.path?.[0] === field)) continue;
        const read = readAmount(value[field] as string | null | undefined, localeOf(value), specs[field]);
        if (!read.ok) ctx.addIssue({ code: "custom", path: [field], message: read.key });
      }
    },
    when: (payload: z.core.ParsePayload) => typeof payload.value === "object" && payload.value !== null,
    read(value: Record<string, unknown>): Record<K, string> {
      const out = {} as Record<K, string>;
      for (const field of fields) {
        const read = readAmount(value[field] as string | null | undefined, localeOf(value), specs[field]);
        if (!read.ok) throw new Error(`unreachable: ${field} was checked`);
        out[field] = read.value;
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Project

const PROJECT_AMOUNTS = amounts({
  initialCapital: { ...MONEY, negative: false },
  landAreaHa: { ...AREA, negative: false, empty: "0" },
  plannedJobs: { integerDigits: 8, decimals: 0, negative: false, empty: "0" },
});

const projectFields = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  code: text(CODE_MAX),
  ircNumber: text(CODE_MAX),
  ircFirstIssuedOn: date(),
  ircIssuingAgency: text(NAME_MAX),
  name: text(NAME_MAX),
  type: enumField(PROJECT_TYPES),
  leadInvestorId: requiredId(),
  otherInvestorIds: idList(),
  investorException: optionalText(NOTE_MAX, true),
  zoneId: optionalId(),
  isSecondary: booleanField(true),
  vsicCode: z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(20, { error: E("vsic_format") })
    .transform((s, ctx) => {
      const read = parseVsic(s);
      if (read.ok) return read.code;
      ctx.addIssue({ code: "custom", message: E(`vsic_${read.reason}`) });
      return z.NEVER;
    }),
  currency: enumField(CURRENCIES),
  initialCapital: amountText(),
  landAreaHa: amountText(),
  plannedJobs: amountText(),
  status: enumField(PROJECT_STATUSES),
  statusDecisionNo: optionalText(CODE_MAX),
  statusDecisionOn: optionalDate(),
});

type ProjectFields = z.output<typeof projectFields>;

/** The form's language only decides how amounts are read; the data functions never see it. */
function withoutLocale<T extends { locale: Locale }>(value: T): Omit<T, "locale"> {
  const copy: Partial<T> = { ...value };
  delete copy.locale;
  return copy as Omit<T, "locale">;
}

const noIssueAt = (payload: z.core.ParsePayload, ...fields: string[]) =>
  typeof payload.value === "object" && payload.value !== null && !payload.issues.some((i) => fields.includes(String(i.path?.[0])));

function checkProject(value: ProjectFields, ctx: z.core.$RefinementCtx<ProjectFields>) {
  // Per Law 61/2020 every status other than ACTIVE is a decision: its number and date are required.
  if (value.status !== "ACTIVE") {
    if (!value.statusDecisionNo) ctx.addIssue({ code: "custom", path: ["statusDecisionNo"], message: E("decisionRequired") });
    if (!value.statusDecisionOn) ctx.addIssue({ code: "custom", path: ["statusDecisionOn"], message: E("decisionRequired") });
  }
}

function checkDecisionDate(value: ProjectFields, ctx: z.core.$RefinementCtx<ProjectFields>) {
  if (value.statusDecisionOn && value.statusDecisionOn.getTime() < value.ircFirstIssuedOn.getTime()) {
    ctx.addIssue({ code: "custom", path: ["statusDecisionOn"], message: E("decisionBeforeIrc") });
  }
}

function toProjectInput(value: ProjectFields) {
  const read = PROJECT_AMOUNTS.read(value);
  const fields = withoutLocale(value);
  const vsic = parseVsic(fields.vsicCode);
  if (!vsic.ok) throw new Error("unreachable: the VSIC code was checked");
  return {
    ...fields,
    // The lead investor is never listed again among the others.
    otherInvestorIds: fields.otherInvestorIds.filter((id) => id !== fields.leadInvestorId),
    vsicSection: vsic.section,
    initialCapital: read.initialCapital,
    landAreaHa: read.landAreaHa,
    plannedJobs: Number(read.plannedJobs),
  };
}

const projectChecked = <T extends ProjectFields>(schema: z.ZodType<T>) =>
  schema
    .superRefine(PROJECT_AMOUNTS.check, { when: PROJECT_AMOUNTS.when })
    .superRefine(checkProject, { when: (p) => noIssueAt(p, "status", "statusDecisionNo", "statusDecisionOn") })
    .superRefine(checkDecisionDate, { when: (p) => noIssueAt(p, "ircFirstIssuedOn", "statusDecisionOn") });

export const createProjectSchema = projectChecked(projectFields).transform(toProjectInput);
export type CreateProjectInput = z.output<typeof createProjectSchema>;

export const updateProjectSchema = projectChecked(projectFields.extend({ id: requiredId(), version: version() })).transform(
  ({ id, version, ...fields }) => ({ id, version, ...toProjectInput(fields) }),
);
export type UpdateProjectInput = z.output<typeof updateProjectSchema>;

/** What the form holds: every field as typed. */
export type ProjectFormValues = {
  [K in Exclude<keyof z.input<typeof projectFields>, "otherInvestorIds" | "isSecondary" | "locale">]-?: string;
} & { otherInvestorIds: number[]; isSecondary: boolean; locale: Locale };

export const archiveProjectSchema = z.object({ id: requiredId(), version: version() });
export type ArchiveProjectInput = z.output<typeof archiveProjectSchema>;

/**
 * FDI is led by a foreign investor and DDI by a Vietnamese one, unless staff state the exception
 * (e.g. a Vietnamese company more than 50% foreign-owned counts as a foreign investor under
 * Art. 23 of Law 61/2020). Used by the form with the picked investor and by the server with the
 * stored one.
 */
export function investorRuleError(type: InvestmentType, leadCountry: string, exception: string | null): string | null {
  if (exception) return null;
  if (type === "FDI" && leadCountry === "VN") return E("fdiNeedsForeignInvestor");
  if (type === "DDI" && leadCountry !== "VN") return E("ddiNeedsDomesticInvestor");
  return null;
}

// ---------------------------------------------------------------------------------------------
// Amendment

const AMENDMENT_AMOUNTS = amounts({
  capitalDelta: { ...MONEY, negative: true },
  landAreaDeltaHa: { ...AREA, negative: true, empty: "0" },
});

const amendmentFields = z.object({
  locale: z.enum(LOCALES).catch("vi"),
  projectId: requiredId(),
  /** Empty: the next number after the project's highest. */
  number: z
    .union([z.number(), z.string()], { error: "invalid" })
    .nullish()
    .transform((v, ctx): number | null => {
      const s = v === null || v === undefined ? "" : String(v).trim();
      if (s === "") return null;
      const n = /^\d{1,4}$/.test(s) ? Number(s) : NaN;
      if (!Number.isInteger(n) || n < 1 || n > AMENDMENT_NUMBER_MAX) {
        ctx.addIssue({ code: "custom", message: E("amendmentNumberInvalid") });
        return z.NEVER;
      }
      return n;
    }),
  amendedOn: date(),
  capitalDelta: amountText(),
  landAreaDeltaHa: amountText(),
  otherChanges: optionalText(NOTE_MAX, true),
});

type AmendmentFields = z.output<typeof amendmentFields>;

function checkAmendmentNotEmpty(value: AmendmentFields, ctx: z.core.$RefinementCtx<AmendmentFields>) {
  const read = AMENDMENT_AMOUNTS.read(value);
  // An amendment that changes nothing is a typing slip: at least a capital, land or other change.
  if (toDecimal(read.capitalDelta)?.isZero() && toDecimal(read.landAreaDeltaHa)?.isZero() && !value.otherChanges) {
    ctx.addIssue({ code: "custom", path: ["otherChanges"], message: E("amendmentEmpty") });
  }
}

function toAmendmentInput(value: AmendmentFields) {
  return { ...withoutLocale(value), ...AMENDMENT_AMOUNTS.read(value) };
}

const amendmentChecked = <T extends AmendmentFields>(schema: z.ZodType<T>) =>
  schema
    .superRefine(AMENDMENT_AMOUNTS.check, { when: AMENDMENT_AMOUNTS.when })
    .superRefine(checkAmendmentNotEmpty, { when: (p) => noIssueAt(p, "capitalDelta", "landAreaDeltaHa", "otherChanges") });

export const addAmendmentSchema = amendmentChecked(amendmentFields).transform(toAmendmentInput);
export type AddAmendmentInput = z.output<typeof addAmendmentSchema>;

export const correctAmendmentSchema = amendmentChecked(
  amendmentFields.extend({ amendmentId: requiredId(), version: version() }),
).transform(({ amendmentId, version, ...fields }) => ({ amendmentId, version, ...toAmendmentInput(fields) }));
export type CorrectAmendmentInput = z.output<typeof correctAmendmentSchema>;

export type AmendmentFormValues = {
  [K in Exclude<keyof z.input<typeof amendmentFields>, "locale" | "projectId">]-?: string;
};
