"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FieldMessage } from "@/lib/actions/app-error";

/**
 * A labelled form field with its validation messages, translated from their i18n keys: a bare key
 * ("required") is under "validation.", a dotted one ("projects.errors.ircTaken") is used as is.
 */
export function Field({ id, label, errors, children }: { id: string; label: string; errors?: FieldMessage[]; children: ReactNode }) {
  const t = useTranslations();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {errors?.map((e) => (
        <p key={e.key} id={`${id}-error`} className="text-sm text-red-700" data-testid={`error-${id}`}>
          {t(e.key.includes(".") ? e.key : `validation.${e.key}`, e.values)}
        </p>
      ))}
    </div>
  );
}
