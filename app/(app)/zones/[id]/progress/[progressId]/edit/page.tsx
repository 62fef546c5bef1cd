import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProgressForm } from "@/components/zones/progress-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { parseIdParam } from "@/lib/projects/route-params";
import { getProgressForEdit } from "@/lib/zones/correct-progress";

type Props = { params: Promise<{ id: string; progressId: string }> };

export default async function CorrectProgressPage({ params }: Props) {
  const user = await requirePagePermission("progress:write");
  const raw = await params;
  const id = parseIdParam(raw.id);
  const progressId = parseIdParam(raw.progressId);
  if (id === null || progressId === null) notFound();
  // The entry is looked up among this zone's own: another zone's entry id is a 404.
  const [found, t, locale] = await Promise.all([getProgressForEdit(user, id, progressId), getTranslations("zones"), getLocale()]);
  if (!found) notFound();
  const { zone, entry } = found;
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/zones/${zone.id}`} className="text-slate-600 hover:underline">
          ← {t("backToZone")}
        </Link>
      </nav>
      <PageHeader
        title={t("progress.editTitle", { date: formatDate(entry.reportedOn, resolveLocale(locale)), code: zone.code })}
        subtitle={`${zone.name} · ${t("progress.editSubtitle")}`}
      />
      <ProgressForm zone={zone} entry={entry} />
    </>
  );
}
