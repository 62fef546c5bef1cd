import clsx from "clsx";
import Link from "next/link";
import type { ReactNode } from "react";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
} as const;

/** A link that looks like components/ui Button. */
export function LinkButton({ href, variant = "primary", testId, children }: { href: string; variant?: keyof typeof VARIANTS; testId?: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      data-testid={testId}
      className={clsx(
        "inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
        VARIANTS[variant],
      )}
    >
      {children}
    </Link>
  );
}
