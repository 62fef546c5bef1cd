import { SectionEmpty } from "@/components/shell/section-empty";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function ZonesPage() {
  await requirePagePermission("zones:read");
  return <SectionEmpty section="zones" />;
}
