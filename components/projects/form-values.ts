import { formatDate, formatNumber, type Locale } from "@/lib/format";
import type { InvestorOption } from "@/lib/investors/suggest-investors";
import type { ProjectDetail } from "@/lib/projects/get-project";
import type { ProjectFormValues } from "@/lib/projects/schemas";

/** The project form's typed fields (investors are picked separately). */
export type ProjectFormFields = Omit<ProjectFormValues, "leadInvestorId" | "otherInvestorIds" | "locale">;

export type ProjectFormInitial = {
  fields: ProjectFormFields;
  lead: InvestorOption | null;
  others: InvestorOption[];
};

export function emptyProjectForm(): ProjectFormInitial {
  return {
    fields: {
      code: "",
      ircNumber: "",
      ircFirstIssuedOn: "",
      ircIssuingAgency: "",
      name: "",
      type: "FDI",
      investorException: "",
      zoneId: "",
      isSecondary: true,
      vsicCode: "",
      currency: "USD",
      initialCapital: "",
      landAreaHa: "",
      plannedJobs: "",
      status: "ACTIVE",
      statusDecisionNo: "",
      statusDecisionOn: "",
    },
    lead: null,
    others: [],
  };
}

/** A stored project as the form shows it: amounts in the viewer's number format, dates dd/MM/yyyy. */
export function projectToForm(p: ProjectDetail, locale: Locale): ProjectFormInitial {
  const date = (d: Date | null) => (d ? formatDate(d, locale) : "");
  return {
    fields: {
      code: p.code,
      ircNumber: p.ircNumber,
      ircFirstIssuedOn: date(p.ircFirstIssuedOn),
      ircIssuingAgency: p.ircIssuingAgency,
      name: p.name,
      type: p.type,
      investorException: p.investorException ?? "",
      zoneId: p.zone ? String(p.zone.id) : "",
      isSecondary: p.isSecondary,
      vsicCode: p.vsicCode,
      currency: p.currency,
      initialCapital: formatNumber(p.initialCapital, locale, { maxDecimals: 2 }),
      landAreaHa: formatNumber(p.landAreaHa, locale, { maxDecimals: 4 }),
      plannedJobs: formatNumber(p.plannedJobs, locale, { maxDecimals: 0 }),
      status: p.status,
      statusDecisionNo: p.statusDecisionNo ?? "",
      statusDecisionOn: date(p.statusDecisionOn),
    },
    lead: p.leadInvestor,
    others: p.otherInvestors,
  };
}
