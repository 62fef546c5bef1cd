import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AmendmentForm } from "@/components/projects/amendment-form";
import { chainOf, emptyAmendmentForm } from "@/components/projects/amendment-values";
import { PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { getProject } from "@/lib/projects/get-project";
import { parseIdParam } from "@/lib/projects/route-params";

type Props = { params: Promise<{ id: string }> };

export default async function NewAmendmentPage({ params }: Props) {
  const user = await requirePagePermission("projects:write");
  const id = parseIdParam((await params).id);
  if (id === null) notFound();
  const [project, t] = await Promise.all([getProject(user, id), getTranslations("projects")]);
  if (!project || project.archivedAt) notFound();
  return (
    <>
      <nav className="mb-2 text-sm">
        <Link href={`/projects/${project.id}`} className="text-slate-600 hover:underline">
          ← {t("backToProject")}
        </Link>
      </nav>
      <PageHeader title={t("amendments.newTitle", { code: project.code })} subtitle={t("amendments.newSubtitle")} />
      <AmendmentForm
        project={{ id: project.id, code: project.code, currency: project.currency, initialCapital: project.initialCapital }}
        chain={chainOf(project)}
        initial={emptyAmendmentForm()}
      />
    </>
  );
}
