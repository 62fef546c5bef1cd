import type { Mapping } from "../columns";
import { asAmount, asBoolean, asDate, asEnum, asText, pick } from "../cells";
import { PROJECT_ENUM_LABELS } from "../enum-labels";
import type { SheetRow } from "../read-sheet";
import type { RowIssue } from "../types";

/** A projects row: the form's fields as strings, and the lead investor and zone as the sheet names them. */
export type ProjectRowFields = {
  form: Record<string, string>;
  investor: { name: string; country: string; identifier: string };
  zoneCode: string;
  issues: RowIssue[];
};

/**
 * The project form as a user would have typed this row. Amounts are canonical, so the schema reads
 * them as "en"; the lead investor and the zone are resolved to ids by the caller.
 */
export function readProjectRow(row: SheetRow, mapping: Mapping): ProjectRowFields {
  const get = (key: string) => pick(row, mapping, key);
  const issues: RowIssue[] = [];
  const secondary = asBoolean(get("isSecondary"));
  if (secondary === null) issues.push({ column: "isSecondary", key: "imports.errors.booleanInvalid" });
  const form: Record<string, string> = {
    locale: "en",
    code: asText(get("code")),
    ircNumber: asText(get("ircNumber")),
    ircFirstIssuedOn: asDate(get("ircFirstIssuedOn")),
    ircIssuingAgency: asText(get("ircIssuingAgency")),
    name: asText(get("name")),
    type: asEnum(get("type"), PROJECT_ENUM_LABELS.type),
    investorException: asText(get("investorException")),
    isSecondary: secondary ?? "",
    vsicCode: asText(get("vsicCode")),
    currency: asEnum(get("currency"), PROJECT_ENUM_LABELS.currency),
    initialCapital: asAmount(get("initialCapital")),
    landAreaHa: asAmount(get("landAreaHa")),
    plannedJobs: asAmount(get("plannedJobs")),
    status: asEnum(get("status"), PROJECT_ENUM_LABELS.status),
    statusDecisionNo: asText(get("statusDecisionNo")),
    statusDecisionOn: asDate(get("statusDecisionOn")),
  };
  return {
    form,
    investor: {
      name: asText(get("leadInvestorName")),
      country: asText(get("leadInvestorCountry")).toUpperCase(),
      identifier: asText(get("leadInvestorIdentifier")),
    },
    zoneCode: asText(get("zoneCode")),
    issues,
  };
}
