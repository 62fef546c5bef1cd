"use client";

import { useLocale, useTranslations } from "next-intl";
import type { RowIssue } from "@/lib/imports/types";
import type { ColumnInfo } from "./types";

type Values = Record<string, string | number>;

/** "Tên dự án: Tối đa 500 ký tự." — the column's header in the user's language, then the message. */
export function IssueText({ issue, columns }: { issue: RowIssue; columns: ColumnInfo[] }) {
  const t = useTranslations();
  const locale = useLocale() === "en" ? "en" : "vi";
  const column = columns.find((c) => c.key === issue.column);
  const message = t.has(issue.key) ? t(issue.key, issue.values as Values) : issue.key;
  return (
    <li>
      {column && <span className="font-medium">{column[locale]}: </span>}
      {message}
    </li>
  );
}

/** An error key from fieldErrors or an error code, in the user's language. */
export function useErrorText() {
  const t = useTranslations();
  return (code: string, fieldErrors?: Record<string, { key: string; values?: Values }[]>) => {
    const first = fieldErrors ? Object.values(fieldErrors)[0]?.[0] : undefined;
    if (first && t.has(first.key)) return t(first.key, first.values);
    if (first && t.has(`validation.${first.key}`)) return t(`validation.${first.key}`, first.values);
    if (code === "REQUEST_FAILED") return t("imports.requestFailed");
    return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.INTERNAL");
  };
}
