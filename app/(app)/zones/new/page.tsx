import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ZoneForm } from "@/components/zones/zone-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";

export default async function NewZonePage() {
  const user = await requirePagePermission("zones:write");
  const t = await getTranslations("zones");
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/zones" className="text-slate-600 hover:underline">
          ← {t("backToList")}
        </Link>
      </nav>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ZoneForm canDecide={can(user.role, "zones:decide")} />
    </>
  );
}
