"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import { formatDate, formatNumber } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { deleteRateAction } from "@/lib/rates/actions";
import type { RateRow as Row } from "@/lib/rates/list-rates";
import { RateForm } from "./rate-form";

type Props = { rate: Row; appliesToday: boolean; canWrite: boolean; columns: number };

/** One rate of the list; for MANAGER and up, with its correction form and, before it is in force, deletion. */
export function RateRow({ rate, appliesToday, canWrite, columns }: Props) {
  const t = useTranslations();
  const lang = resolveLocale(useLocale());
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const remove = useAction(deleteRateAction);
  const formError = remove.fieldErrors?._form?.[0];
  const shownRate = formatNumber(rate.rate, lang, { maxDecimals: 4 });
  const date = formatDate(rate.effectiveOn, lang);
  const status = appliesToday ? "appliesToday" : rate.inForce ? "inForce" : "notYet";

  return (
    <>
      <tr className={clsx("border-b border-slate-100 align-top", appliesToday && "bg-brand-50")} data-testid={`rate-row-${rate.id}`}>
        <td className="px-4 py-3 whitespace-nowrap tabular-nums">{date}</td>
        <td className="px-4 py-3">{t(`rates.sources.${rate.source}`)}</td>
        <td className="px-4 py-3 text-right font-medium whitespace-nowrap tabular-nums" data-testid="rate-value">
          {shownRate}
        </td>
        <td className="max-w-xs px-4 py-3 break-words text-slate-600">{rate.note ?? t("common.none")}</td>
        <td className="px-4 py-3 whitespace-nowrap">
          <span
            className={clsx(
              "inline-flex rounded-full px-2 py-0.5 text-xs font-medium",
              status === "appliesToday" && "bg-brand-600 text-white",
              status === "inForce" && "bg-slate-100 text-slate-700",
              status === "notYet" && "bg-amber-50 text-amber-800 ring-1 ring-amber-200",
            )}
          >
            {t(`rates.list.${status}`)}
          </span>
        </td>
        {canWrite && (
          <td className="px-4 py-3">
            <div className="flex flex-wrap gap-2">
              <Button
                variant="secondary"
                className="px-2.5 py-1"
                aria-expanded={editing}
                data-testid={`rate-edit-${rate.id}`}
                onClick={() => {
                  setSaved(false);
                  setEditing((v) => !v);
                }}
              >
                {t("rates.form.edit")}
              </Button>
              {!rate.inForce && (
                <ConfirmDialog
                  trigger={
                    <Button variant="danger" className="px-2.5 py-1" disabled={remove.pending} data-testid={`rate-delete-${rate.id}`}>
                      {t("rates.delete.action")}
                    </Button>
                  }
                  title={t("rates.delete.confirmTitle")}
                  description={t("rates.delete.confirmBody", { rate: shownRate, source: t(`rates.sources.${rate.source}`), date })}
                  confirmLabel={t("rates.delete.action")}
                  onConfirm={() => remove.run({ id: rate.id, version: rate.version })}
                />
              )}
            </div>
            <div className="mt-2 space-y-2 empty:hidden">
              {saved && <Notice tone="success">{t("rates.form.updated")}</Notice>}
              {formError ? <Notice tone="error">{t(formError.key)}</Notice> : <ActionNotice result={remove.result} />}
            </div>
          </td>
        )}
      </tr>
      {canWrite && editing && (
        <tr className="border-b border-slate-200 bg-slate-50">
          <td colSpan={columns} className="px-4 py-4">
            <h3 className="mb-3 text-sm font-semibold text-slate-800">{t("rates.form.editTitle")}</h3>
            <RateForm
              mode="edit"
              rate={rate}
              onDone={(done) => {
                setEditing(false);
                setSaved(done);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
