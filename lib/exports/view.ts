// use-intl/core is what next-intl re-exports, without React: the bench runs this outside Next.
import { createTranslator } from "use-intl/core";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Permission } from "@/lib/auth/permissions";
import type { RawSearchParams } from "@/lib/data-table/url";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import type { Cell, ExportColumn } from "./cells";

export const EXPORT_VIEWS = ["projects", "amendments", "investors", "zones", "zone-progress"] as const;
export type ExportViewName = (typeof EXPORT_VIEWS)[number];

export function isExportView(value: string): value is ExportViewName {
  return (EXPORT_VIEWS as readonly string[]).includes(value);
}

export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: loadMessages(locale) });
}
export type Translator = ReturnType<typeof translatorFor>;

export type ExportContext = { locale: Locale; t: Translator };

/** A filter of the view, in words: "Loại dự án: FDI". */
export type FilterLine = { label: string; value: string };

/**
 * One list view made ready to export: the list's own WHERE and ORDER BY (from its own URL
 * parser and query module), its columns in the user's language, and how a row becomes cells.
 */
export type ViewExport<R> = {
  /** Names the file and the sheet. */
  title: string;
  columns: ExportColumn[];
  /** `SELECT count(*)::int AS count …` over the same rows as `query`. */
  count: Prisma.Sql;
  /** Every row of the list, in the list's order, no LIMIT. */
  query: Prisma.Sql;
  cells: (row: R) => Cell[];
  /** The active filters in words (none: the whole list). */
  filters: FilterLine[];
  sort: FilterLine;
  /** The parsed filters and sort, for the audit row. */
  params: Prisma.InputJsonObject;
};

/** A view's export: what the list needs to read, and how a URL becomes its rows. */
export type ViewDefinition<R> = {
  permission: Permission;
  prepare: (actor: CurrentUser, raw: RawSearchParams, ctx: ExportContext) => Promise<ViewExport<R>>;
};

/** A list's parsed parameters for the audit row: filters and sort, without paging or columns (an export has neither). */
export function auditParams(params: object): Prisma.InputJsonObject {
  const kept = Object.entries(params).filter(([key, value]) => value !== undefined && key !== "page" && key !== "perPage" && key !== "cols");
  return JSON.parse(JSON.stringify(Object.fromEntries(kept))) as Prisma.InputJsonObject;
}
