import { z } from "zod";
import { typeError } from "@/lib/actions/type-error";
import { utcCalendarDate } from "@/lib/format/calendar";
import { parseDateVi } from "@/lib/format/parse-date";
import { isoDay } from "@/lib/reports/period";
import { todayInVietnam } from "@/lib/rates/get-rate";

/** The earliest report date accepted (the messages say 01/01/2000): the board's records do not go further back. */
export const FIRST_REPORT_YEAR = 2000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-MM-dd of a real calendar day, or null. */
export function parseIsoDay(value: string): Date | null {
  const m = ISO.exec(value);
  return m ? utcCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The report date as users type it (dd/MM/yyyy, like the dashboard's) or as links carry it (yyyy-MM-dd), as yyyy-MM-dd. */
function toIsoDay(value: string): string | null {
  if (ISO.test(value)) return parseIsoDay(value) ? value : null;
  const read = parseDateVi(value);
  return read.ok ? isoDay(read.value) : null;
}

// A bulletin reports what happened, so a date after today (in Vietnam) is refused rather than
// printing figures for days not yet lived.
export const generateBulletinSchema = z.object({
  reportDate: z
    .string({ error: typeError("required") })
    .trim()
    .min(1, { error: "required" })
    .transform((s, ctx) => {
      const iso = toIsoDay(s);
      if (iso) return iso;
      ctx.addIssue({ code: "custom", message: "bulletin.errors.date" });
      return z.NEVER;
    })
    .refine((s) => Number(s.slice(0, 4)) >= FIRST_REPORT_YEAR, { error: "bulletin.errors.tooEarly", abort: true })
    .refine((s) => s <= isoDay(todayInVietnam()), { error: "bulletin.errors.future" }),
});

export type GenerateBulletinInput = z.input<typeof generateBulletinSchema>;

export const BULLETIN_FILE_KINDS = ["pdf", "xlsx"] as const;
export type BulletinFileKind = (typeof BULLETIN_FILE_KINDS)[number];
