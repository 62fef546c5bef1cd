import { z } from "zod";
import { typeError } from "@/lib/actions/type-error";
import { countryName, isCountryCode } from "@/lib/countries";
import { InvestorKind } from "@/lib/generated/prisma/enums";

// The investor form's schema, shared by the inline creation in the project form, the investor
// page and the server actions. Messages are i18n keys ("investors.errors.…" used as is).

export const INVESTOR_KINDS = Object.values(InvestorKind);
export const INVESTOR_NAME_MAX = 500;
export const IDENTIFIER_MAX = 50;
const INT_MAX = 2_147_483_647;

const E = (key: string) => `investors.errors.${key}`;
const CONTROL = /[\u0000-\u001F\u007F]/;

/** ISO 3166-1 alpha-2 that names a real country or territory ("VN", "KR"); "XY" is refused. */
export function isKnownCountry(code: string): boolean {
  return isCountryCode(code) && countryName(code, "en") !== code;
}

const investorFields = z.object({
  name: z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(INVESTOR_NAME_MAX)
    .refine((s) => !CONTROL.test(s), { error: E("controlCharacters") }),
  kind: z.enum(INVESTOR_KINDS as [InvestorKind, ...InvestorKind[]], {
    error: (issue) => (issue.input === undefined || issue.input === "" ? "required" : "invalid"),
  }),
  country: z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .max(2, { error: E("countryInvalid") })
    .transform((s) => s.toUpperCase())
    .refine(isKnownCountry, { error: E("countryInvalid") }),
  // Tax code (mã số thuế) or registration number; unique per country when given.
  identifier: z
    .string({ error: typeError("invalid") })
    .trim()
    .max(IDENTIFIER_MAX)
    .refine((s) => !CONTROL.test(s), { error: E("controlCharacters") })
    .nullish()
    .transform((s) => (s ? s : null)),
});

export const createInvestorSchema = investorFields;
export type CreateInvestorInput = z.output<typeof createInvestorSchema>;

export const updateInvestorSchema = investorFields.extend({
  id: z.coerce.number({ error: "invalid" }).int().positive().max(INT_MAX),
  version: z.coerce.number({ error: "invalid" }).int().min(1).max(INT_MAX),
});
export type UpdateInvestorInput = z.output<typeof updateInvestorSchema>;

export type InvestorFormValues = { name: string; kind: string; country: string; identifier: string };
