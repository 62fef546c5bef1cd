"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { FieldErrors } from "@/lib/actions/app-error";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { updateInvestorAction } from "@/lib/investors/actions";
import { updateInvestorSchema, type InvestorFormValues } from "@/lib/investors/schemas";
import { useShownErrors } from "@/components/ui/use-shown-errors";
import { InvestorFields } from "./investor-fields";

/** Edits an investor on its page; a stale version is refused (CONFLICT) and the input is kept. */
export function InvestorForm({ id, version, initial }: { id: number; version: number; initial: InvestorFormValues }) {
  const t = useTranslations("investors");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const { run, pending, result, fieldErrors } = useAction(updateInvestorAction);
  const shown = useShownErrors(clientErrors ?? fieldErrors);
  const edit = (next: InvestorFormValues) => {
    shown.clear(...(Object.keys(next) as (keyof InvestorFormValues)[]).filter((k) => next[k] !== values[k]));
    setValues(next);
  };

  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="edit-investor">
        {t("edit")}
      </Button>
    );
  }
  return (
    <form
      noValidate
      className="w-full space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        shown.reset();
        const input = { ...values, id, version };
        const parsed = updateInvestorSchema.safeParse(input);
        if (!parsed.success) return setClientErrors(toFieldErrors(parsed.error));
        setClientErrors(null);
        run(input, () => {
          setOpen(false);
          router.refresh();
        });
      }}
    >
      <InvestorFields prefix="investor" values={values} onChange={edit} errors={shown.errors} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
        <div className="flex-1">
          <ActionNotice result={result} success={t("saved")} />
        </div>
      </div>
    </form>
  );
}
