import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AmendmentForm } from "@/components/projects/amendment-form";
import { amendmentToForm, chainOf } from "@/components/projects/amendment-values";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { parseIdParam } from "@/lib/projects/route-params";

type Props = { params: Promise<{ id: string; amendmentId: string }> };

export default async function CorrectAmendmentPage({ params }: Props) {
  const user = await requirePagePermission("projects:write");
  const raw = await params;
  const id = parseIdParam(raw.id);
  const amendmentId = parseIdParam(raw.amendmentId);
  if (id === null || amendmentId === null) notFound();
  const [project, t, locale] = await Promise.all([getProject(user, id), getTranslations("projects"), getLocale()]);
  if (!project || project.archivedAt) notFound();
  // The amendment is looked up among this project's own: another project's id is a 404.
  const amendment = project.amendments.find((a) => a.id === amendmentId);
  if (!amendment) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/projects/${project.id}`} className="text-slate-600 hover:underline">
          ← {t("backToProject")}
        </Link>
      </nav>
      <PageHeader title={t("amendments.correctTitle", { number: amendment.number, code: project.code })} subtitle={t("amendments.correctSubtitle")} />
      <AmendmentForm
        project={{ id: project.id, code: project.code, currency: project.currency, initialCapital: project.initialCapital }}
        chain={chainOf(project)}
        initial={amendmentToForm(amendment, resolveLocale(locale))}
        correct={{ id: amendment.id, version: amendment.version }}
      />
    </>
  );
}
