"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { ROLES } from "@/lib/auth/permissions";
import { createUserAction } from "@/lib/users/actions";

export function CreateUserForm() {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  const { run, pending, result, fieldErrors } = useAction(createUserAction);
  const created = result?.ok ? result.data.email : null;

  return (
    <form
      ref={form}
      data-testid="create-user-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        // The password is cleared after success and never echoed back; other input stays on failure.
        run(new FormData(e.currentTarget), () => form.current?.reset());
      }}
      className="grid gap-4 md:grid-cols-2"
    >
      <Field id="new-email" label={t("users.email")} errors={fieldErrors?.email}>
        <Input id="new-email" name="email" type="email" maxLength={254} aria-invalid={!!fieldErrors?.email} />
      </Field>
      <Field id="new-name" label={t("users.name")} errors={fieldErrors?.name}>
        <Input id="new-name" name="name" maxLength={120} aria-invalid={!!fieldErrors?.name} />
      </Field>
      <Field id="new-role" label={t("users.role")} errors={fieldErrors?.role}>
        <Select id="new-role" name="role" defaultValue="STAFF">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="new-password" label={t("users.password")} errors={fieldErrors?.password}>
        <Input id="new-password" name="password" type="password" autoComplete="new-password" maxLength={200} aria-invalid={!!fieldErrors?.password} />
      </Field>
      <div className="flex items-center gap-4 md:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.saving") : t("users.create")}
        </Button>
        <div className="flex-1">
          <ActionNotice result={result} success={created ? t("users.created", { email: created }) : undefined} />
        </div>
      </div>
    </form>
  );
}
