import { formatDate, formatMoneyExact } from "@/lib/format";
import type { PeriodListHead, PeriodProjectRow } from "./read-period-lists";
import { count, VI } from "./wording";

// The bulletin's two project lists (IV new projects, V capital increases) as printed.

export type ListRow = {
  no: number;
  code: string;
  name: string;
  type: string;
  investor: string;
  country: string;
  zone: string;
  ircNumber: string;
  ircDate: string;
  /** In the project's currency, to the cent (USD) or the đồng (VND). */
  capital: string;
};

/**
 * A list as printed. The PDF and print view show at most PRINTED_LIST_LIMIT rows (a province
 * registers tens to hundreds of projects a year; the benchmark's 100,000-project province has
 * tens of thousands, which no one prints); `total` is always the whole list, which the XLSX holds.
 */
export type ProjectList = { title: string; capitalHeader: string; rows: ListRow[]; total: number; summary: string; truncated: string | null };

export const PRINTED_LIST_LIMIT = 200;

/** The capital a list shows: the initial registered capital of a new project, the capital added in the period for an increase. */
export const LIST_CAPITAL = {
  newProjects: (r: PeriodProjectRow) => r.initialCapital,
  increases: (r: PeriodProjectRow) => r.addedInPeriod,
} as const;

function listRows(rows: PeriodProjectRow[], capital: (r: PeriodProjectRow) => string): ListRow[] {
  return rows.map((r, i) => ({
    no: i + 1,
    code: r.code,
    name: r.name,
    type: r.type,
    investor: r.investorName,
    country: r.country,
    zone: r.zoneName ?? "Ngoài KCN, CCN",
    ircNumber: r.ircNumber,
    ircDate: formatDate(r.ircFirstIssuedOn, VI),
    capital: formatMoneyExact(capital(r), r.currency, VI),
  }));
}

/** A list as printed from its head (its first rows, at least PRINTED_LIST_LIMIT of them when it has that many, and its total). */
export function projectList(head: PeriodListHead, kind: keyof typeof LIST_CAPITAL, title: string, capitalHeader: string): ProjectList {
  const total = head.total;
  const truncated =
    total > PRINTED_LIST_LIMIT
      ? `Bản in liệt kê ${count(PRINTED_LIST_LIMIT)} dự án đầu tiên; danh sách đầy đủ ${count(total)} dự án có trong tệp XLSX của báo cáo này.`
      : null;
  return {
    title,
    capitalHeader,
    rows: listRows(head.rows.slice(0, PRINTED_LIST_LIMIT), LIST_CAPITAL[kind]),
    total,
    summary: `Tổng cộng: ${count(total)} dự án.`,
    truncated,
  };
}

