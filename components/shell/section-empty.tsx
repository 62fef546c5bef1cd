import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

type Section = "dashboard" | "projects" | "zones" | "plans" | "reports";

/** A section whose screens have not been built yet: an honest empty state, never invented figures. */
export async function SectionEmpty({ section }: { section: Section }) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <EmptyState title={t("empty.title")}>{t(`empty.${section}`)}</EmptyState>
    </>
  );
}
