import { SectionEmpty } from "@/components/shell/section-empty";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function DashboardPage() {
  await requirePagePermission("dashboard:read");
  return <SectionEmpty section="dashboard" />;
}
