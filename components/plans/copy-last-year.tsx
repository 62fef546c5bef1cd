"use client";

import { useTranslations } from "next-intl";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { copyLastYearAction } from "@/lib/plans/actions";

/** Creates this year's missing targets from last year's; never overwrites; says how many it copied. */
export function CopyLastYear({ year, copyable }: { year: number; copyable: number }) {
  const t = useTranslations("plans");
  const copy = useAction(copyLastYearAction);
  const done = copy.result?.ok ? copy.result.data : null;
  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="copy-last-year">
      <ConfirmDialog
        tone="primary"
        trigger={
          <Button variant="secondary" disabled={copy.pending || copyable === 0}>
            {t("copy.action")}
          </Button>
        }
        title={t("copy.confirmTitle", { from: year - 1, to: year })}
        description={t("copy.confirmBody", { count: copyable, from: year - 1, to: year })}
        confirmLabel={t("copy.confirm")}
        onConfirm={() => copy.run({ year })}
      />
      <span className="text-sm text-slate-600">
        {copyable === 0 && !done ? t("copy.nothing", { from: year - 1 }) : !done ? t("copy.available", { count: copyable, from: year - 1 }) : null}
      </span>
      <div className="min-w-0 flex-1">
        <ActionNotice result={copy.result} success={done ? t("copy.done", { copied: done.copied, kept: done.kept }) : undefined} />
      </div>
    </div>
  );
}
