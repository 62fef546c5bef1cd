import { SectionEmpty } from "@/components/shell/section-empty";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function ProjectsPage() {
  await requirePagePermission("projects:read");
  return <SectionEmpty section="projects" />;
}
