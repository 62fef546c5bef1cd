import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/settings/settings-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { getSettings } from "@/lib/settings/get-settings";

export default async function SettingsPage() {
  await requirePagePermission("settings:manage");
  const [settings, t] = await Promise.all([getSettings(), getTranslations("settings")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <SettingsForm initial={settings} />
      </Card>
    </>
  );
}
