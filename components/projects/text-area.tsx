import clsx from "clsx";
import type { TextareaHTMLAttributes } from "react";

/** A multi-line input styled like components/ui Input. */
export function TextArea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      className={clsx(
        "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-xs focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 aria-invalid:border-red-500",
        className,
      )}
      rows={3}
      {...props}
    />
  );
}
