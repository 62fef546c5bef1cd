"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input, Select } from "@/components/ui/input";
import { useAction } from "@/components/ui/use-action";
import { ROLES } from "@/lib/auth/permissions";
import { changeRoleAction, setActiveAction, setPasswordAction } from "@/lib/users/actions";
import type { UserRow } from "@/lib/users/list-users";

export function UserRowActions({ user }: { user: Pick<UserRow, "id" | "email" | "role" | "active" | "version"> }) {
  const t = useTranslations();
  const [role, setRole] = useState(user.role);
  const [password, setPassword] = useState("");
  const roleAction = useAction(changeRoleAction);
  const activeAction = useAction(setActiveAction);
  const passwordAction = useAction(setPasswordAction);
  const testId = (what: string) => `${what}-${user.email}`;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Select
          aria-label={t("users.role")}
          data-testid={testId("role")}
          className="w-40"
          value={role}
          onChange={(e) => setRole(e.target.value as UserRow["role"])}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </Select>
        <ConfirmDialog
          trigger={
            <Button variant="secondary" disabled={role === user.role || roleAction.pending} data-testid={testId("change-role")}>
              {t("users.changeRole")}
            </Button>
          }
          tone="primary"
          title={t("users.confirmRoleTitle")}
          description={t("users.confirmRoleBody", { email: user.email, role: t(`roles.${role}`) })}
          confirmLabel={t("common.confirm")}
          onConfirm={() => roleAction.run({ id: user.id, version: user.version, role })}
        />
        {user.active ? (
          <ConfirmDialog
            trigger={
              <Button variant="danger" disabled={activeAction.pending} data-testid={testId("deactivate")}>
                {t("users.deactivate")}
              </Button>
            }
            title={t("users.confirmDeactivateTitle")}
            description={t("users.confirmDeactivateBody", { email: user.email })}
            confirmLabel={t("users.deactivate")}
            onConfirm={() => activeAction.run({ id: user.id, version: user.version, active: false })}
          />
        ) : (
          <Button
            variant="secondary"
            disabled={activeAction.pending}
            data-testid={testId("reactivate")}
            onClick={() => activeAction.run({ id: user.id, version: user.version, active: true })}
          >
            {t("users.reactivate")}
          </Button>
        )}
      </div>
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          passwordAction.run({ id: user.id, password }, () => setPassword(""));
        }}
      >
        <Input
          type="password"
          autoComplete="new-password"
          aria-label={t("users.newPassword")}
          placeholder={t("users.newPassword")}
          data-testid={testId("password")}
          className="w-48"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={!password || passwordAction.pending}>
          {t("users.setPassword")}
        </Button>
      </form>
      <ActionNotice result={roleAction.result} success={t("users.updated", { email: user.email })} />
      <ActionNotice result={activeAction.result} success={t("users.updated", { email: user.email })} />
      <ActionNotice result={passwordAction.result} success={t("users.passwordSet", { email: user.email })} />
      {passwordAction.fieldErrors?.password && (
        <p className="text-sm text-red-700">{t("validation.tooShort", { min: 8 })}</p>
      )}
    </div>
  );
}
