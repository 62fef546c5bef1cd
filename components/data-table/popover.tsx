"use client";

import clsx from "clsx";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * A button that opens a small panel under it (filter choices, the column chooser). Escape and a
 * click outside close it; focus returns to the button on Escape.
 */
export function Popover({
  label,
  summary,
  children,
  align = "start",
  testId,
}: {
  /** The accessible name of the button. */
  label: string;
  /** What the button shows (the current choice); read after the label by screen readers. */
  summary: string;
  children: ReactNode;
  align?: "start" | "end";
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-label={`${label}: ${summary}`}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
        className={clsx(
          "inline-flex h-9 w-full items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 text-left text-sm shadow-xs",
          "hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-brand-600",
        )}
      >
        <span className="truncate">{summary}</span>
        <svg aria-hidden viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-500" fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={clsx(
          "absolute z-20 mt-1 min-w-56 rounded-md border border-slate-200 bg-white p-2 shadow-lg",
          align === "end" ? "right-0" : "left-0",
        )}
      >
        {children}
      </div>
    </div>
  );
}

/** A checkbox row inside a popover. */
export function CheckItem({ checked, disabled, onChange, children, testId }: { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void; children: ReactNode; testId?: string }) {
  return (
    <label className={clsx("flex items-center gap-2 rounded px-2 py-1.5 text-sm", disabled ? "text-slate-400" : "cursor-pointer text-slate-800 hover:bg-slate-50")}>
      <input
        type="checkbox"
        className="size-4 rounded border-slate-300 accent-brand-600"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="whitespace-nowrap">{children}</span>
    </label>
  );
}
