import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProgressForm } from "@/components/zones/progress-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { parseIdParam } from "@/lib/projects/route-params";
import { getProgressZone } from "@/lib/zones/add-progress";

type Props = { params: Promise<{ id: string }> };

export default async function NewProgressPage({ params }: Props) {
  const user = await requirePagePermission("progress:write");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [zone, t] = await Promise.all([getProgressZone(user, id), getTranslations("zones")]);
  if (!zone) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/zones/${zone.id}`} className="text-slate-600 hover:underline">
          ← {t("backToZone")}
        </Link>
      </nav>
      <PageHeader title={t("progress.newTitle", { code: zone.code })} subtitle={`${zone.name} · ${t("progress.newSubtitle")}`} />
      <ProgressForm zone={zone} lastLandToClearHa={zone.lastLandToClearHa} />
    </>
  );
}
