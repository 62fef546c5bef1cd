import clsx from "clsx";
import type { ReactNode } from "react";
import type { InvestmentType, ProjectStatus } from "@/lib/generated/prisma/enums";

// The same tones as the projects list, so a status reads the same everywhere.
export const STATUS_TONE: Record<ProjectStatus, string> = {
  ACTIVE: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  SUSPENDED: "bg-amber-50 text-amber-800 ring-amber-600/25",
  EXTENDED: "bg-sky-50 text-sky-800 ring-sky-600/20",
  TERMINATED: "bg-slate-100 text-slate-700 ring-slate-500/20",
  REVOKED: "bg-red-50 text-red-800 ring-red-600/20",
};

export const TYPE_TONE: Record<InvestmentType, string> = {
  FDI: "bg-indigo-50 text-indigo-800 ring-indigo-600/20",
  DDI: "bg-teal-50 text-teal-800 ring-teal-600/20",
};

export const NEUTRAL_TONE = "bg-slate-100 text-slate-600 ring-slate-400/30";

export function Badge({ tone, title, testId, children }: { tone: string; title?: string; testId?: string; children: ReactNode }) {
  return (
    <span
      title={title}
      data-testid={testId}
      className={clsx("inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset", tone)}
    >
      {children}
    </span>
  );
}
