import { redirect } from "next/navigation";
import { ADMIN_ITEMS, NAV_ITEMS } from "@/components/shell/nav-items";
import { Header } from "@/components/shell/header";
import { Sidebar } from "@/components/shell/sidebar";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getSettings } from "@/lib/settings/get-settings";

// The shell only draws. Each page checks its own permission on the server.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const settings = await getSettings();
  const allowed = (items: typeof NAV_ITEMS) => items.filter((i) => can(user.role, i.permission));
  return (
    <div className="flex min-h-screen">
      <Sidebar items={allowed(NAV_ITEMS)} adminItems={allowed(ADMIN_ITEMS)} boardName={settings.boardName} />
      <div className="flex min-w-0 flex-1 flex-col">
        <Header user={user} />
        <main className="flex-1 px-8 py-6">{children}</main>
      </div>
    </div>
  );
}
