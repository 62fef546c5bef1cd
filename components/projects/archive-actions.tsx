"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useAction } from "@/components/ui/use-action";
import { archiveProjectAction, restoreProjectAction } from "@/lib/projects/actions";

/** Archive (never delete) or restore a project, each after a confirmation. */
export function ArchiveActions({ id, code, version, archived }: { id: number; code: string; version: number; archived: boolean }) {
  const t = useTranslations("projects.archive");
  const router = useRouter();
  const archive = useAction(archiveProjectAction);
  const restore = useAction(restoreProjectAction);
  const action = archived ? restore : archive;
  return (
    <div className="flex flex-col items-end gap-2">
      {archived ? (
        <ConfirmDialog
          tone="primary"
          trigger={
            <Button variant="secondary" disabled={restore.pending} data-testid="restore-project">
              {t("restore")}
            </Button>
          }
          title={t("confirmRestoreTitle")}
          description={t("confirmRestoreBody", { code })}
          confirmLabel={t("restore")}
          onConfirm={() => restore.run({ id, version }, () => router.refresh())}
        />
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="danger" disabled={archive.pending} data-testid="archive-project">
              {t("archive")}
            </Button>
          }
          title={t("confirmArchiveTitle")}
          description={t("confirmArchiveBody", { code })}
          confirmLabel={t("archive")}
          onConfirm={() => archive.run({ id, version }, () => router.refresh())}
        />
      )}
      <ActionNotice result={action.result && !action.result.ok ? action.result : null} />
    </div>
  );
}
