import clsx from "clsx";
import type { ReactNode } from "react";

/** A form-level message. `role="status"` so screen readers announce it (not "alert": see stack notes). */
export function Notice({ tone, children, testId }: { tone: "error" | "success"; children: ReactNode; testId?: string }) {
  return (
    <p
      role="status"
      data-testid={testId ?? `notice-${tone}`}
      className={clsx(
        "rounded-md px-3 py-2 text-sm",
        tone === "error" ? "border border-red-200 bg-red-50 text-red-800" : "border border-emerald-200 bg-emerald-50 text-emerald-800",
      )}
    >
      {children}
    </p>
  );
}
