"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function LogoutButton() {
  const t = useTranslations("shell");
  return (
    <Button variant="secondary" data-testid="logout" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("logout")}
    </Button>
  );
}
