import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ZoneForm } from "@/components/zones/zone-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { parseIdParam } from "@/lib/projects/route-params";
import { getZoneForEdit } from "@/lib/zones/update-zone";

type Props = { params: Promise<{ id: string }> };

export default async function EditZonePage({ params }: Props) {
  const user = await requirePagePermission("zones:write");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [zone, t] = await Promise.all([getZoneForEdit(user, id), getTranslations("zones")]);
  if (!zone) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/zones/${zone.id}`} className="text-slate-600 hover:underline">
          ← {t("backToZone")}
        </Link>
      </nav>
      <PageHeader title={t("editTitle", { code: zone.code })} subtitle={t("editSubtitle")} />
      <ZoneForm zone={zone} canDecide={can(user.role, "zones:decide")} />
    </>
  );
}
