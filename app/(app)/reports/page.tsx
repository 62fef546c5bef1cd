import { SectionEmpty } from "@/components/shell/section-empty";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function ReportsPage() {
  await requirePagePermission("reports:read");
  return <SectionEmpty section="reports" />;
}
