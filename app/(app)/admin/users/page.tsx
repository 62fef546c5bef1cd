import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDateTime } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { listUsers } from "@/lib/users/list-users";

export default async function UsersPage() {
  const me = await requirePagePermission("users:manage");
  const [users, t, locale] = await Promise.all([listUsers(me), getTranslations(), getLocale()]);
  const lang = resolveLocale(locale);
  return (
    <>
      <PageHeader title={t("users.title")} subtitle={t("users.subtitle")} />
      <Card className="mb-6">
        <h2 className="mb-4 text-base font-semibold">{t("users.create")}</h2>
        <CreateUserForm />
      </Card>
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm" data-testid="users-table">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
            <tr>
              <th className="px-4 py-3">{t("users.name")}</th>
              <th className="px-4 py-3">{t("users.role")}</th>
              <th className="px-4 py-3">{t("users.status")}</th>
              <th className="px-4 py-3">{t("users.lastLogin")}</th>
              <th className="px-4 py-3">{t("common.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 align-top" data-testid={`user-row-${u.email}`}>
                <td className="px-4 py-3">
                  <p className="font-medium">
                    {u.name} {u.id === me.id && <span className="text-slate-500">{t("users.you")}</span>}
                  </p>
                  <p className="text-slate-500">{u.email}</p>
                </td>
                <td className="px-4 py-3">{t(`roles.${u.role}`)}</td>
                <td className="px-4 py-3">
                  <span className={u.active ? "text-emerald-700" : "text-slate-500"}>{u.active ? t("users.active") : t("users.inactive")}</span>
                </td>
                <td className="px-4 py-3 whitespace-nowrap">{u.lastLoginAt ? formatDateTime(u.lastLoginAt, lang) : t("users.never")}</td>
                <td className="px-4 py-3">
                  <UserRowActions user={u} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="px-4 py-3 text-xs text-slate-500">{t("users.count", { count: users.length })}</p>
      </Card>
    </>
  );
}
