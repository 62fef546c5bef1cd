"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import { setLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locale";

export function LanguageSwitch() {
  const t = useTranslations("shell");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className="inline-flex shrink-0 overflow-hidden rounded-md border border-slate-300 text-xs font-semibold">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          disabled={pending}
          aria-pressed={current === locale}
          data-testid={`locale-${locale}`}
          onClick={() =>
            startTransition(async () => {
              await setLocale(locale);
              router.refresh();
            })
          }
          className={clsx("px-2.5 py-1", current === locale ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-100")}
        >
          {locale.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
