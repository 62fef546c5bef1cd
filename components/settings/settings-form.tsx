"use client";

import { useTranslations } from "next-intl";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { updateSettingsAction } from "@/lib/settings/actions";
import { RATE_SOURCES, type Settings } from "@/lib/settings/schemas";

export function SettingsForm({ initial }: { initial: Settings }) {
  const t = useTranslations();
  const { run, pending, result, fieldErrors } = useAction(updateSettingsAction);
  return (
    <form
      noValidate
      className="max-w-xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        run(new FormData(e.currentTarget));
      }}
    >
      <Field id="boardName" label={t("settings.boardName")} errors={fieldErrors?.boardName}>
        <Input id="boardName" name="boardName" maxLength={200} defaultValue={initial.boardName} aria-invalid={!!fieldErrors?.boardName} />
      </Field>
      <Field id="provinceName" label={t("settings.provinceName")} errors={fieldErrors?.provinceName}>
        <Input id="provinceName" name="provinceName" maxLength={100} defaultValue={initial.provinceName} aria-invalid={!!fieldErrors?.provinceName} />
      </Field>
      <Field id="rateSource" label={t("settings.rateSource")} errors={fieldErrors?.rateSource}>
        <Select id="rateSource" name="rateSource" defaultValue={initial.rateSource} aria-describedby="rateSource-hint">
          {RATE_SOURCES.map((s) => (
            <option key={s} value={s}>
              {t(`settings.rateSources.${s}`)}
            </option>
          ))}
        </Select>
        <p id="rateSource-hint" className="text-xs text-slate-500">
          {t("settings.rateSourceHint")}
        </p>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("common.saving") : t("common.save")}
      </Button>
      <ActionNotice result={result} success={t("settings.saved")} />
    </form>
  );
}
