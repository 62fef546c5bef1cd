import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { projectToForm } from "@/components/projects/form-values";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { getProject } from "@/lib/projects/get-project";
import { listZoneOptions } from "@/lib/projects/list-zone-options";
import { parseIdParam } from "@/lib/projects/route-params";

type Props = { params: Promise<{ id: string }> };

export default async function EditProjectPage({ params }: Props) {
  const user = await requirePagePermission("projects:write");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [project, zones, t, locale] = await Promise.all([getProject(user, id), listZoneOptions(user), getTranslations("projects"), getLocale()]);
  // An archived project is restored before it is edited.
  if (!project || project.archivedAt) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/projects/${project.id}`} className="text-slate-600 hover:underline">
          ← {t("backToProject")}
        </Link>
      </nav>
      <PageHeader title={t("editTitle", { code: project.code })} subtitle={t("editSubtitle")} />
      <ProjectForm
        zones={zones}
        initial={projectToForm(project, resolveLocale(locale))}
        edit={{ id: project.id, version: project.version, hasAmendments: project.amendments.length > 0 }}
      />
    </>
  );
}
