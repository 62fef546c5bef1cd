"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action";
import { Notice } from "./notice";

/** The form-level outcome of an action: the error code's message, or a success text. */
export function ActionNotice({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  const t = useTranslations("errors");
  if (!result) return null;
  if (result.ok) return success ? <Notice tone="success">{success}</Notice> : null;
  return <Notice tone="error">{t(result.code)}</Notice>;
}
