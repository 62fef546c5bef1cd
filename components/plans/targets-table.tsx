"use client";

import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { ActionNotice } from "@/components/ui/action-notice";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Notice } from "@/components/ui/notice";
import { useAction } from "@/components/ui/use-action";
import { formatDateTime } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { deleteTargetAction } from "@/lib/plans/actions";
import type { TargetRow } from "@/lib/plans/list-targets";
import { formatExact, formatShort } from "./amount-format";
import { scopeLabel, type ZoneOption } from "./scope-label";
import { TargetForm } from "./target-form";

type Props = { year: number; rows: TargetRow[]; zones: ZoneOption[]; canWrite: boolean };

/** A year's targets by indicator and scope; for MANAGER and up, each with its edit form and deletion. */
export function TargetsTable({ year, rows, zones, canWrite }: Props) {
  const t = useTranslations("plans");
  const columns = canWrite ? 5 : 4;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="targets-table">
        <thead className="border-y border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-3">{t("fields.indicator")}</th>
            <th scope="col" className="px-4 py-3">{t("fields.scope")}</th>
            <th scope="col" className="px-4 py-3 text-right">{t("fields.targetShort")}</th>
            <th scope="col" className="px-4 py-3">{t("fields.split")}</th>
            {canWrite && <th scope="col" className="px-4 py-3">{t("list.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} year={year} zones={zones} canWrite={canWrite} columns={columns} />
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns} className="px-4 py-10 text-center text-slate-500" data-testid="targets-empty">
                {t("list.empty", { year })}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row, year, zones, canWrite, columns }: { row: TargetRow; year: number; zones: ZoneOption[]; canWrite: boolean; columns: number }) {
  const t = useTranslations("plans");
  const lang = resolveLocale(useLocale());
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [showSplit, setShowSplit] = useState(false);
  const remove = useAction(deleteTargetAction);
  const scope = row.zone ? row.zone.name : scopeLabel(t, row.scopeKey, zones);
  return (
    <Fragment>
      <tr className="border-b border-slate-100 align-top" data-testid={`target-row-${row.indicator}-${row.scopeKey}`}>
        <td className="px-4 py-3 font-medium text-slate-800">{t(`indicators.${row.indicator}`)}</td>
        <td className="px-4 py-3">
          {scope}
          {row.zone && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{row.zone.kind}</span>}
        </td>
        <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums" title={formatExact(row.target, row.indicator, lang)}>
          <span className="font-medium" data-testid="target-value">
            {formatShort(row.target, row.indicator, lang)}
          </span>
          <span className="block text-xs text-slate-500">{formatExact(row.target, row.indicator, lang)}</span>
        </td>
        <td className="px-4 py-3">
          {row.monthlySplit.length ? (
            <button type="button" className="text-brand-700 underline-offset-2 hover:underline" aria-expanded={showSplit} onClick={() => setShowSplit((v) => !v)}>
              {showSplit ? t("list.hideSplit") : t("list.showSplit")}
            </button>
          ) : (
            <span className="text-slate-500">{t("list.noSplit")}</span>
          )}
        </td>
        {canWrite && (
          <td className="px-4 py-3">
            <div className="flex gap-2 whitespace-nowrap">
              <Button
                variant="secondary"
                className="px-2.5 py-1"
                aria-expanded={editing}
                data-testid={`target-edit-${row.id}`}
                onClick={() => {
                  setSaved(false);
                  setEditing((v) => !v);
                }}
              >
                {t("list.edit")}
              </Button>
              <ConfirmDialog
                trigger={
                  <Button variant="danger" className="px-2.5 py-1" disabled={remove.pending}>
                    {t("list.delete")}
                  </Button>
                }
                title={t("list.deleteTitle")}
                description={t("list.deleteBody", { indicator: t(`indicators.${row.indicator}`), scope, year })}
                confirmLabel={t("list.delete")}
                onConfirm={() => remove.run({ id: row.id, version: row.version })}
              />
            </div>
            <div className="mt-2 space-y-2 empty:hidden">
              {saved && <Notice tone="success">{t("form.updated")}</Notice>}
              <ActionNotice result={remove.result} />
            </div>
          </td>
        )}
      </tr>
      {showSplit && (
        <tr className="border-b border-slate-100 bg-slate-50">
          <td colSpan={columns} className="px-4 py-3">
            <ol className="grid grid-cols-2 gap-2 text-xs sm:grid-cols-4 lg:grid-cols-6">
              {row.monthlySplit.map((v, i) => (
                <li key={i} className="rounded bg-white px-2 py-1 ring-1 ring-slate-200">
                  <span className="text-slate-500">{t("months.short", { month: i + 1 })}: </span>
                  <span className="tabular-nums">{formatShort(v, row.indicator, lang)}</span>
                </li>
              ))}
            </ol>
            <p className="mt-2 text-xs text-slate-500">{t("list.updatedAt", { at: formatDateTime(row.updatedAt, lang) })}</p>
          </td>
        </tr>
      )}
      {canWrite && editing && (
        <tr className={clsx("border-b border-slate-200 bg-slate-50")}>
          <td colSpan={columns} className="px-4 py-4">
            <h3 className="mb-3 text-sm font-semibold text-slate-800">{t("form.editTitle")}</h3>
            <TargetForm
              year={year}
              zones={zones}
              target={row}
              onDone={(done) => {
                setEditing(false);
                setSaved(done);
              }}
            />
          </td>
        </tr>
      )}
    </Fragment>
  );
}
