"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { parseDateVi } from "@/lib/format/parse-date";

/** dd/MM/yyyy of a yyyy-MM-dd string. */
function toDisplay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/**
 * The report date D, typed as dd/MM/yyyy and kept in the URL as ?date=yyyy-MM-dd (the page reads
 * it; a bad value there falls back to today). "Hôm nay" drops the parameter.
 */
export function ReportDatePicker({ value, isToday }: { value: string; isToday: boolean }) {
  const t = useTranslations("dashboard.date");
  const router = useRouter();
  const [text, setText] = useState(toDisplay(value));
  const [invalid, setInvalid] = useState(false);
  const [pending, startTransition] = useTransition();

  function go(href: string) {
    startTransition(() => router.push(href, { scroll: false }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseDateVi(text);
    if (!parsed.ok) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    go(`/?date=${parsed.value.toISOString().slice(0, 10)}`);
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-start gap-2" data-testid="report-date-form" aria-busy={pending}>
      <div>
        <label htmlFor="report-date" className="mb-1 block text-xs font-medium text-slate-700">
          {t("label")} <span className="font-normal text-slate-600">({t("hint")})</span>
        </label>
        <Input
          id="report-date"
          name="date"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "report-date-error" : undefined}
          className="w-36 tabular-nums"
          data-testid="report-date-input"
        />
        {invalid && (
          <p id="report-date-error" role="status" className="mt-1 max-w-xs text-xs text-red-700" data-testid="report-date-error">
            {t("invalid")}
          </p>
        )}
      </div>
      <div className="flex gap-2 pt-5">
        <Button type="submit" disabled={pending} data-testid="report-date-apply">
          {t("apply")}
        </Button>
        {!isToday && (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => go("/")} data-testid="report-date-today">
            {t("today")}
          </Button>
        )}
      </div>
    </form>
  );
}
