import { z } from "zod";
import { typeError } from "@/lib/actions/type-error";
import { parseDateVi, parseDecimal, toDecimal, type Locale } from "@/lib/format";
import type { RateSource } from "@/lib/generated/prisma/enums";
import { RATE_SOURCES } from "@/lib/settings/schemas";

export { RATE_SOURCES };

// A rate is VND per 1 USD, stored as NUMERIC(14,4). A USD/VND rate outside 10.000–100.000 is a
// typo (a digit dropped or doubled, or "25,450" read the other locale's way), never a real rate,
// and it would silently scale every converted figure by ten: refuse it at the field.
export const RATE_MIN = "10000";
export const RATE_MAX = "100000";
export const RATE_DECIMALS = 4;
// Effective dates outside this window are typing mistakes (e.g. 01/06/0226).
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];

type RateRead = { ok: true; value: string } | { ok: false; key: string };

/** Reads a rate typed in the form's language ("25.450,5" in vi, "25,450.5" in en) into canonical "25450.5". */
export function readRate(text: string, locale: Locale): RateRead {
  const parsed = parseDecimal(text, locale);
  if (!parsed.ok) return { ok: false, key: parsed.reason === "empty" ? "required" : "rates.errors.rateInvalid" };
  const value = toDecimal(parsed.value);
  if (value === null) return { ok: false, key: "rates.errors.rateInvalid" };
  if (value.lte(0)) return { ok: false, key: "rates.errors.ratePositive" };
  if (value.decimalPlaces() > RATE_DECIMALS) return { ok: false, key: "rates.errors.rateDecimals" };
  if (value.lt(RATE_MIN) || value.gt(RATE_MAX)) return { ok: false, key: "rates.errors.rateRange" };
  return { ok: true, value: parsed.value };
}

const id = z.coerce.number({ error: "invalid" }).int().positive();
const version = z.coerce.number({ error: "invalid" }).int().min(1);

const effectiveOn = z
  .string({ error: typeError("required") })
  .trim()
  .min(1, { error: "required" })
  .max(20, { error: "rates.errors.dateInvalid" })
  .transform((text, ctx) => {
    const parsed = parseDateVi(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: "rates.errors.dateInvalid" });
      return z.NEVER;
    }
    const year = parsed.value.getUTCFullYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      ctx.addIssue({ code: "custom", message: "rates.errors.dateRange" });
      return z.NEVER;
    }
    return parsed.value;
  });

/** Optional text kept exactly as typed (HTML included: React shows it as text); empty → null. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((s) => (s ? s : null));

const rateFields = z.object({
  // The language the form was shown in decides how the rate is read; anything else reads as vi.
  locale: z.enum(LOCALES).catch("vi"),
  source: z.enum(RATE_SOURCES, { error: "rates.errors.sourceRequired" }),
  effectiveOn,
  rate: z.string({ error: typeError("required") }).max(100, { error: "rates.errors.rateInvalid" }),
  note: optionalText(500),
});

type RateFields = z.output<typeof rateFields>;

// The rate's message depends on the sibling `locale`, so it is checked on the object. `when`
// makes it run even when another field failed (so that every wrong field is named at once), but
// not when the input is no object or the rate itself already failed (one message per field).
function checkRate(value: RateFields, ctx: z.core.$RefinementCtx<RateFields>) {
  const read = readRate(value.rate, LOCALES.find((l) => l === value.locale) ?? "vi");
  if (!read.ok) ctx.addIssue({ code: "custom", path: ["rate"], message: read.key });
}
const always = {
  when: (payload: z.core.ParsePayload) =>
    typeof payload.value === "object" && payload.value !== null && !payload.issues.some((i) => i.path?.[0] === "rate"),
};

function toRateInput({ locale, rate, ...rest }: RateFields) {
  const read = readRate(rate, locale);
  if (!read.ok) throw new Error("unreachable: the rate was checked");
  return { ...rest, rate: read.value };
}

export const createRateSchema = rateFields.superRefine(checkRate, always).transform(toRateInput);
export type CreateRateInput = z.output<typeof createRateSchema>;

/** A change to a recorded rate says why: every figure converted with it may change. */
export const updateRateSchema = rateFields
  .extend({
    id,
    version,
    reason: z
      .string({ error: typeError("rates.errors.reasonRequired") })
      .trim()
      .min(1, { error: "rates.errors.reasonRequired" })
      .max(500),
  })
  .superRefine(checkRate, always)
  .transform(({ id, version, reason, ...fields }) => ({ id, version, reason, ...toRateInput(fields) }));
export type UpdateRateInput = z.output<typeof updateRateSchema>;

export const deleteRateSchema = z.object({ id, version });
export type DeleteRateInput = z.output<typeof deleteRateSchema>;

/**
 * A rate is in force from its effective date on. Once in force, amounts and reports may have
 * been converted with it, so it can be corrected (audited) but never deleted.
 */
export function isInForce(effectiveOn: Date, today: Date): boolean {
  return effectiveOn.getTime() <= today.getTime();
}

// ---- The list's URL state: forgiving, so that a hand-edited or stale link still shows a page.

export const PER_PAGE_OPTIONS = [10, 25, 50, 100] as const;
export const DEFAULT_PER_PAGE = 25;

export type RateListParams = { page: number; perPage: number; source: RateSource | null };
type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseRateListParams(searchParams: SearchParams): RateListParams {
  const pageText = first(searchParams.page) ?? "";
  const page = /^\d{1,6}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
  const perPageValue = Number(first(searchParams.perPage));
  const perPage = PER_PAGE_OPTIONS.find((n) => n === perPageValue) ?? DEFAULT_PER_PAGE;
  const source = RATE_SOURCES.find((s) => s === first(searchParams.source)) ?? null;
  return { page, perPage, source };
}

// ---- The audited fields of a rate, as plain JSON for AuditEvent.changes (lib/audit/diff.ts).

export const AUDITED_FIELDS = ["source", "effectiveOn", "rate", "note"] as const;
type AuditedValues = Record<(typeof AUDITED_FIELDS)[number], string | null>;
type RateValues = { source: RateSource; effectiveOn: Date; rate: { toString(): string }; note: string | null };

/** The date as "yyyy-mm-dd" (a DATE, not an instant) and the rate as exact canonical text. */
export function auditValues(values: RateValues): AuditedValues {
  return {
    source: values.source,
    effectiveOn: values.effectiveOn.toISOString().slice(0, 10),
    rate: toDecimal(values.rate.toString())?.toString() ?? values.rate.toString(),
    note: values.note,
  };
}

/** Nothing, for the side of a create or a delete that has no record. */
export const NO_VALUES: AuditedValues = { source: null, effectiveOn: null, rate: null, note: null };
