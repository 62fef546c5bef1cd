import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { LanguageSwitch } from "./language-switch";
import { LogoutButton } from "./logout-button";

export async function Header({ user }: { user: CurrentUser }) {
  const t = await getTranslations();
  return (
    <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3">
      <LanguageSwitch />
      <div className="text-right text-sm" data-testid="current-user">
        <p className="font-medium text-slate-900">{user.name}</p>
        <p className="text-xs text-slate-500">{t("shell.signedInAs", { role: t(`roles.${user.role}`) })}</p>
      </div>
      <LogoutButton />
    </header>
  );
}
