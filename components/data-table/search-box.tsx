"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { useDebouncedField } from "./use-debounced";

/** The list's free-text search: searches as you type (debounced), Enter searches at once. */
export function SearchBox({ value, onSearch, placeholder, maxLength }: { value: string; onSearch: (q: string) => void; placeholder: string; maxLength: number }) {
  const t = useTranslations("table");
  const id = useId();
  const field = useDebouncedField(value, (q) => {
    if (q !== value) onSearch(q);
  });
  return (
    <div role="search" className="relative w-full sm:w-96">
      <label htmlFor={id} className="sr-only">
        {t("search")}
      </label>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400">
        <path
          fillRule="evenodd"
          d="M9 3.5a5.5 5.5 0 1 0 3.4 9.83l3.63 3.63a.75.75 0 1 0 1.06-1.06l-3.63-3.63A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z"
          clipRule="evenodd"
        />
      </svg>
      <input
        id={id}
        type="search"
        data-testid="table-search"
        value={field.value}
        maxLength={maxLength}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => field.change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") field.flush();
        }}
        className="block h-9 w-full rounded-md border border-slate-300 bg-white pr-8 pl-9 text-sm shadow-xs placeholder:text-slate-400 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 [&::-webkit-search-cancel-button]:hidden"
      />
      {field.value !== "" && (
        <button
          type="button"
          onClick={() => {
            field.change("");
            field.flush("");
          }}
          className="absolute top-1/2 right-1.5 -translate-y-1/2 rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          aria-label={t("clearSearch")}
        >
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </button>
      )}
    </div>
  );
}
