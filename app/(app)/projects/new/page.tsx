import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { emptyProjectForm } from "@/components/projects/form-values";
import { ProjectForm } from "@/components/projects/project-form";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { listZoneOptions } from "@/lib/projects/list-zone-options";

export default async function NewProjectPage() {
  const user = await requirePagePermission("projects:write");
  const [zones, t] = await Promise.all([listZoneOptions(user), getTranslations("projects")]);
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href="/projects" className="text-slate-600 hover:underline">
          ← {t("backToList")}
        </Link>
      </nav>
      <PageHeader title={t("newTitle")} subtitle={t("newSubtitle")} />
      <ProjectForm zones={zones} initial={emptyProjectForm()} />
    </>
  );
}
