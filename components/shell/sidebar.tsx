"use client";

import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { NavItem } from "./nav-items";

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function Sidebar({ items, adminItems, boardName }: { items: NavItem[]; adminItems: NavItem[]; boardName: string }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const link = (item: NavItem) => (
    <li key={item.href}>
      <Link
        href={item.href}
        aria-current={isActive(pathname, item.href) ? "page" : undefined}
        className={clsx(
          "block rounded-md px-3 py-2 text-sm font-medium",
          isActive(pathname, item.href) ? "bg-white/15 text-white" : "text-slate-300 hover:bg-white/10 hover:text-white",
        )}
      >
        {t(item.key)}
      </Link>
    </li>
  );
  return (
    <aside className="flex w-60 shrink-0 flex-col bg-brand-900 px-3 py-5 text-white">
      <div className="mb-6 px-3">
        <p className="text-lg font-semibold">IPA Dashboard</p>
        <p className="mt-1 text-xs leading-snug text-slate-300">{boardName}</p>
      </div>
      <nav aria-label={t("dashboard")} className="flex-1">
        <ul className="space-y-1">{items.map(link)}</ul>
        {adminItems.length > 0 && (
          <>
            <p className="mt-6 mb-2 px-3 text-xs font-semibold tracking-wide text-slate-400 uppercase">{t("admin")}</p>
            <ul className="space-y-1">{adminItems.map(link)}</ul>
          </>
        )}
      </nav>
    </aside>
  );
}
