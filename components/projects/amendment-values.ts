import { formatDate, formatNumber, toDecimal, type Locale } from "@/lib/format";
import type { AmendmentRow, ProjectDetail } from "@/lib/projects/get-project";
import type { ChainEntry } from "@/lib/projects/preview-amendment";
import type { AmendmentFormFields } from "./amendment-form";

/** The project's amendments as the browser preview needs them (ISO dates, exact decimals). */
export function chainOf(project: ProjectDetail): ChainEntry[] {
  return project.amendments.map((a) => ({ id: a.id, number: a.number, amendedOn: a.amendedOn.toISOString().slice(0, 10), capitalDelta: a.capitalDelta }));
}

export function emptyAmendmentForm(): AmendmentFormFields {
  return { number: "", amendedOn: "", direction: "INCREASE", amount: "", landAreaDeltaHa: "", otherChanges: "" };
}

/** A recorded amendment as the correction form shows it, in the viewer's number format. */
export function amendmentToForm(a: AmendmentRow, locale: Locale): AmendmentFormFields {
  const delta = toDecimal(a.capitalDelta);
  const land = toDecimal(a.landAreaDeltaHa);
  return {
    number: String(a.number),
    amendedOn: formatDate(a.amendedOn, locale),
    direction: !delta || delta.isZero() ? "NONE" : delta.isNegative() ? "DECREASE" : "INCREASE",
    amount: !delta || delta.isZero() ? "" : formatNumber(delta.abs().toFixed(), locale, { maxDecimals: 2 }),
    landAreaDeltaHa: !land || land.isZero() ? "" : formatNumber(a.landAreaDeltaHa, locale, { maxDecimals: 4 }),
    otherChanges: a.otherChanges ?? "",
  };
}
