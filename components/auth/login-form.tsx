"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

const KNOWN = ["INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "ACCOUNT_DISABLED", "MISSING_FIELDS"] as const;
type Known = (typeof KNOWN)[number];

function toCode(error: string | null | undefined): Known | "UNKNOWN" {
  return KNOWN.find((k) => k === error) ?? "UNKNOWN";
}

// Only same-site paths: an open redirect through callbackUrl would be a phishing aid.
function safeCallback(value: string | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export function LoginForm() {
  const t = useTranslations("login");
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<Known | "UNKNOWN" | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    if (!email.trim() || !password) {
      setError("MISSING_FIELDS");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(toCode(result?.error));
        return;
      }
      router.replace(safeCallback(params.get("callbackUrl")));
      router.refresh();
    } catch {
      setError("UNKNOWN");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && (
        <Notice tone="error" testId="login-error">
          {t(`errors.${error}`)}
        </Notice>
      )}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium text-slate-700">
          {t("email")}
        </label>
        <Input id="email" name="email" type="email" autoComplete="username" required maxLength={254} />
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {t("password")}
        </label>
        <Input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} />
      </div>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
