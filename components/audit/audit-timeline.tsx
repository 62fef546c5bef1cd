import { getLocale, getTranslations } from "next-intl/server";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countryName } from "@/lib/countries";
import { formatArea, formatCount, formatDate, formatDateTime, formatMoneyExact, formatNumber, formatPercentValue, MISSING, type Currency, type Locale } from "@/lib/format";
import type { AuditEntry } from "@/lib/audit/list-audit";
import { resolveLocale } from "@/lib/i18n/locale";

const DATE_FIELDS = new Set(["ircFirstIssuedOn", "statusDecisionOn", "amendedOn", "establishingDecisionDate", "reportedOn", "effectiveOn"]);
const INSTANT_FIELDS = new Set(["archivedAt"]);
const MONEY_FIELDS = new Set(["initialCapital", "currentCapital", "capitalDelta", "capitalBefore", "capitalAfter"]);
const AREA_FIELDS = new Set(["landAreaHa", "landAreaDeltaHa", "totalAreaHa", "leasableAreaHa", "landClearedHa", "landToClearHa"]);
const PERCENT_FIELDS = new Set(["infrastructurePct"]);
const COUNT_FIELDS = new Set(["plannedJobs", "number"]);

type Translate = Awaited<ReturnType<typeof getTranslations>>;

function named(value: Prisma.JsonValue): string | null {
  if (typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.name === "string") return value.name;
  return null;
}

/** One audited value as the screens show everything else: dates, money, areas, enums in words. */
function show(field: string, value: Prisma.JsonValue, t: Translate, locale: Locale, currency: Currency | null): string {
  if (value === null || value === "") return MISSING;
  if (Array.isArray(value)) return value.length === 0 ? MISSING : value.map((v) => named(v) ?? String(v)).join("; ");
  if (typeof value === "object") return named(value) ?? JSON.stringify(value);
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  const text = String(value);
  if (DATE_FIELDS.has(field)) return formatDate(text, locale);
  if (INSTANT_FIELDS.has(field)) return formatDateTime(text, locale);
  if (MONEY_FIELDS.has(field)) return currency ? formatMoneyExact(text, currency, locale) : formatNumber(text, locale);
  if (AREA_FIELDS.has(field)) return formatArea(text, locale, 4);
  if (COUNT_FIELDS.has(field)) return formatCount(text, locale);
  if (PERCENT_FIELDS.has(field)) return formatPercentValue(text, locale, 2);
  if (field === "status" && t.has(`zones.statuses.${text}`)) return t(`zones.statuses.${text}`);
  if (field === "infrastructureStatus" && t.has(`zones.infrastructureStatuses.${text}`)) return t(`zones.infrastructureStatuses.${text}`);
  if (field === "type" && t.has(`projects.typeShort.${text}`)) return t(`projects.typeShort.${text}`);
  if (field === "status" && t.has(`projects.statuses.${text}`)) return t(`projects.statuses.${text}`);
  if (field === "kind" && t.has(`investors.kinds.${text}`)) return t(`investors.kinds.${text}`);
  if (field === "country") return `${countryName(text, locale)} (${text})`;
  return text;
}

/** A creation: its fields start from nothing, so only the values are shown. */
const created = (e: AuditEntry) => e.action === "CREATE";

/** Fields in the order the forms show them; what an amendment did to its project comes last. */
const FIELD_ORDER = [
  "code", "ircNumber", "ircFirstIssuedOn", "ircIssuingAgency", "name", "kind", "country", "identifier", "type",
  "leadInvestor", "otherInvestors", "investorException", "zone", "isSecondary", "vsicCode", "currency",
  "initialCapital", "plannedJobs", "status", "statusDecisionNo", "statusDecisionOn", "archivedAt",
  "number", "amendedOn", "capitalDelta", "capitalBefore", "capitalAfter", "landAreaDeltaHa", "otherChanges",
  "currentCapital", "landAreaHa",
];
const rank = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
};

/**
 * Who changed which field from what to what, and when: the audit events of a record, newest first.
 * Only rendered for roles with "audit:read" (the page checks; listAudit refuses the others).
 */
export async function AuditTimeline({
  entries,
  currency = null,
  amendmentNumbers = {},
  limit,
}: {
  entries: AuditEntry[];
  /** The record's currency, so that amounts show with it. */
  currency?: Currency | null;
  /** Amendment id → its number, to say which amendment an event is about. */
  amendmentNumbers?: Record<string, number>;
  limit?: number;
}) {
  const [t, locale] = [await getTranslations(), resolveLocale(await getLocale())];
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("audit.empty")}</p>;
  const label = (field: string) => (t.has(`audit.fields.${field}`) ? t(`audit.fields.${field}`) : field);
  return (
    <div>
      <ol className="relative space-y-5 border-l border-slate-200 pl-6" data-testid="audit-timeline">
        {entries.map((e) => {
          const number = amendmentNumbers[e.entityId];
          const copied = typeof e.meta === "object" && e.meta !== null && !Array.isArray(e.meta) ? e.meta.originCountryCopiedTo : undefined;
          return (
            <li key={e.id} className="relative" data-testid="audit-entry">
              <span className="absolute top-1.5 -left-[1.9rem] size-2.5 rounded-full bg-brand-600 ring-4 ring-white" aria-hidden />
              <p className="text-sm text-slate-900">
                <span className="font-semibold">{t.has(`audit.actions.${e.action}`) ? t(`audit.actions.${e.action}`) : e.action}</span>
                {" · "}
                {t.has(`audit.entities.${e.entity}`) ? t(`audit.entities.${e.entity}`) : e.entity}
                {e.entity === "Amendment" && number !== undefined && <> · {t("audit.amendment", { number })}</>}
              </p>
              <p className="text-xs text-slate-600">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
                {" · "}
                {e.actor.name ?? e.actor.email ?? t("audit.unknownActor")}
                {e.actor.name && e.actor.email && <span className="text-slate-400"> ({e.actor.email})</span>}
              </p>
              {Object.keys(e.changes).length > 0 && (
                <div className="mt-2 overflow-x-auto rounded-md border border-slate-200 bg-white">
                  <table className="w-full text-left text-xs">
                    <thead className="bg-slate-50 text-slate-600">
                      <tr>
                        <th className="px-3 py-1.5 font-medium">{t("audit.field")}</th>
                        {!created(e) && <th className="px-3 py-1.5 font-medium">{t("audit.from")}</th>}
                        <th className="px-3 py-1.5 font-medium">{created(e) ? t("audit.value") : t("audit.to")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {Object.entries(e.changes)
                        .sort(([a], [b]) => rank(a) - rank(b))
                        .map(([field, change]) => (
                        <tr key={field} className="border-t border-slate-100 align-top" data-testid={`audit-change-${field}`}>
                          <td className="w-56 px-3 py-1.5 font-medium text-slate-700">{label(field)}</td>
                          {!created(e) && (
                            <td className="px-3 py-1.5 break-words whitespace-pre-line text-slate-500" data-testid="audit-from">
                              {show(field, change.from, t, locale, currency)}
                            </td>
                          )}
                          <td className="px-3 py-1.5 break-words whitespace-pre-line text-slate-900" data-testid="audit-to">
                            {created(e) && change.from !== null && <span className="text-slate-500">{show(field, change.from, t, locale, currency)} → </span>}
                            {show(field, change.to, t, locale, currency)}
                          </td>
                        </tr>
                        ))}
                    </tbody>
                  </table>
                </div>
              )}
              {typeof copied === "number" && <p className="mt-1 text-xs text-slate-600">{t("audit.originCountryCopied", { count: copied })}</p>}
            </li>
          );
        })}
      </ol>
      {limit !== undefined && entries.length >= limit && <p className="mt-4 text-xs text-slate-500">{t("audit.limited", { count: entries.length })}</p>}
    </div>
  );
}
