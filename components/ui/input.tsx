import clsx from "clsx";
import type { InputHTMLAttributes, SelectHTMLAttributes } from "react";

const BASE =
  "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-xs focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 aria-invalid:border-red-500";

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={clsx(BASE, "border-slate-300", className)} {...props} />;
}

export function Select({ className, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={clsx(BASE, "border-slate-300", className)} {...props} />;
}
