"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { FieldErrors } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { createInvestorAction } from "@/lib/investors/actions";
import { createInvestorSchema, type InvestorFormValues } from "@/lib/investors/schemas";
import type { InvestorOption } from "@/lib/investors/suggest-investors";
import { useShownErrors } from "@/components/ui/use-shown-errors";
import { InvestorFields } from "./investor-fields";

/**
 * A new investor, created from inside the project form (its own audited write), then picked.
 * Not a <form>: it sits inside the project's form, so its button and Enter key act here only.
 */
export function InlineInvestorCreate({
  prefix,
  initialName,
  onCreated,
  onCancel,
}: {
  prefix: string;
  initialName: string;
  onCreated: (investor: InvestorOption) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("investors");
  const [values, setValues] = useState<InvestorFormValues>({ name: initialName, kind: "ORGANIZATION", country: "", identifier: "" });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const { run, pending, result, fieldErrors } = useAction(createInvestorAction);
  const shown = useShownErrors(clientErrors ?? fieldErrors);
  const edit = (next: InvestorFormValues) => {
    shown.clear(...(Object.keys(next) as (keyof InvestorFormValues)[]).filter((k) => next[k] !== values[k]));
    setValues(next);
  };

  function submit() {
    shown.reset();
    const parsed = createInvestorSchema.safeParse(values);
    if (!parsed.success) {
      setClientErrors(toFieldErrors(parsed.error));
      return;
    }
    setClientErrors(null);
    run(values, (investor) => onCreated(investor));
  }

  return (
    <div className="rounded-md border border-brand-100 bg-brand-50/40 p-4" data-testid={`${prefix}-panel`}>
      <p className="mb-3 text-sm font-semibold text-slate-800">{t("picker.createTitle")}</p>
      <InvestorFields prefix={prefix} values={values} onChange={edit} errors={shown.errors} onEnter={submit} />
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="button" onClick={submit} disabled={pending} data-testid={`${prefix}-submit`}>
          {t("picker.createSubmit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
        {result && !result.ok && result.code !== "VALIDATION" && <ActionNotice result={result} />}
      </div>
    </div>
  );
}
