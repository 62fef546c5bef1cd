import { SectionEmpty } from "@/components/shell/section-empty";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function PlansPage() {
  await requirePagePermission("plans:read");
  return <SectionEmpty section="plans" />;
}
