"use client";

import { callAction } from "@/components/ui/use-action";
import clsx from "clsx";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/action";
import type { FieldErrors } from "@/lib/actions/app-error";
import { formatNumber, formatPercent } from "@/lib/format";
import { Dec } from "@/lib/format/decimal";
import { resolveLocale } from "@/lib/i18n/locale";
import { finalizeActualsAction, saveActualsAction } from "@/lib/plans/actions";
import type { ActualCell, ActualsGrid as Grid } from "@/lib/plans/get-actuals-grid";
import { amountSpecOf, cellKey, MONTHLY_INDICATORS, MONTHS, type MonthlyIndicator } from "@/lib/plans/schemas";
import { toFieldText } from "./amount-format";

type Props = { grid: Grid; canWrite: boolean; canFinalize: boolean };

type Outcome = { tone: "success" | "error"; text: string; cells?: string[] } | null;

/**
 * Months × indicators for one scope and year. Each cell is the month's own figure typed the way the
 * language writes numbers; an empty cell is missing ("—"), never 0. Tab moves along a month,
 * Enter (Shift+Enter) down (up) a column, arrow keys in every direction. One Save sends the
 * changed cells, all or nothing; a stale cell comes back as a conflict naming it, the input kept.
 */
export function ActualsGrid({ grid, canWrite, canFinalize }: Props) {
  const t = useTranslations("plans");
  const tr = useTranslations();
  const lang = resolveLocale(useLocale());
  const router = useRouter();
  const [base, setBase] = useState<Record<string, ActualCell>>(grid.cells);
  const [shownGrid, setShownGrid] = useState(grid);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const inputs = useRef(new Map<string, HTMLInputElement>());

  // Fresh figures from the server (after a save elsewhere or a reload) replace the stored ones;
  // what the user typed and has not saved stays.
  if (grid !== shownGrid) {
    setShownGrid(grid);
    setBase(grid.cells);
  }

  const storedText = (key: string, indicator: MonthlyIndicator) => toFieldText(base[key]?.value, indicator, lang);
  const textOf = (key: string, indicator: MonthlyIndicator) => edits[key] ?? storedText(key, indicator);
  const dirty = MONTHLY_INDICATORS.flatMap((indicator) =>
    MONTHS.filter((m) => {
      const key = cellKey(indicator, m);
      return edits[key] !== undefined && edits[key].trim() !== storedText(key, indicator);
    }).map((month) => ({ indicator, month, key: cellKey(indicator, month) })),
  );
  const label = (key: string) => {
    const [indicator, month] = key.split(".");
    return t("grid.cellName", { indicator: t(`indicators.${indicator}`), month: Number(month) });
  };
  const isLocked = (cell: ActualCell | undefined) => !canWrite || (!!cell && !cell.isEstimate && !canFinalize);

  function move(row: number, col: number) {
    const r = Math.min(11, Math.max(0, row));
    const c = Math.min(MONTHLY_INDICATORS.length - 1, Math.max(0, col));
    const indicator = MONTHLY_INDICATORS[c];
    if (!indicator) return;
    const el = inputs.current.get(cellKey(indicator, r + 1));
    el?.focus();
    el?.select();
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length && el.selectionEnd === el.value.length;
    if (e.key === "Enter") move(e.shiftKey ? row - 1 : row + 1, col);
    else if (e.key === "ArrowDown") move(row + 1, col);
    else if (e.key === "ArrowUp") move(row - 1, col);
    else if (e.key === "ArrowLeft" && atStart) move(row, col - 1);
    else if (e.key === "ArrowRight" && atEnd) move(row, col + 1);
    else return;
    e.preventDefault();
  }

  function describeFailure(r: Extract<ActionResult<unknown>, { ok: false }>): Outcome {
    const cells = Object.keys(r.fieldErrors ?? {}).filter((k) => k.includes("."));
    return { tone: "error", text: tr(`errors.${r.code}`), cells: cells.map(label) };
  }

  function applyCells(cells: Record<string, ActualCell | null>) {
    setBase((old) => {
      const next = { ...old };
      for (const [key, cell] of Object.entries(cells)) {
        if (cell) next[key] = cell;
        else delete next[key];
      }
      return next;
    });
  }

  function save() {
    if (dirty.length === 0) return;
    const cells = dirty.map(({ indicator, month, key }) => ({ indicator, month, value: edits[key] ?? "", version: base[key]?.version ?? null }));
    startTransition(async () => {
      const r = await callAction(saveActualsAction, { locale: lang, year: grid.year, scope: grid.scope.key, cells });
      if (!r.ok) {
        setErrors(r.fieldErrors ?? {});
        setOutcome(describeFailure(r));
        return;
      }
      applyCells(r.data.cells);
      setEdits({});
      setErrors({});
      setOutcome({ tone: "success", text: t("grid.saved", { saved: r.data.saved, removed: r.data.removed }) });
    });
  }

  function finalize(month: number, final: boolean) {
    const cells = MONTHLY_INDICATORS.flatMap((indicator) => {
      const cell = base[cellKey(indicator, month)];
      return cell ? [{ indicator, version: cell.version }] : [];
    });
    startTransition(async () => {
      const r = await callAction(finalizeActualsAction, { year: grid.year, scope: grid.scope.key, month, final, cells });
      if (!r.ok) {
        setOutcome(describeFailure(r));
        if (r.fieldErrors) setErrors(r.fieldErrors);
        return;
      }
      applyCells(r.data.cells);
      setOutcome({ tone: "success", text: t(final ? "grid.finalized" : "grid.reopened", { month }) });
    });
  }

  // Year to date of what is stored, per indicator: the sum of the months entered.
  const ytd = MONTHLY_INDICATORS.map((indicator) => {
    let sum = new Dec(0);
    let months = 0;
    for (const m of MONTHS) {
      const cell = base[cellKey(indicator, m)];
      if (cell) {
        sum = sum.plus(cell.value);
        months += 1;
      }
    }
    return { indicator, sum: months ? sum.toFixed() : null, months };
  });

  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="actuals-grid">
          <caption className="sr-only">{t("grid.caption", { year: grid.year })}</caption>
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">{t("grid.month")}</th>
              {MONTHLY_INDICATORS.map((indicator) => (
                <th key={indicator} scope="col" className="border-b border-slate-200 px-3 py-2 text-right">
                  {t(`indicators.${indicator}`)}
                  <span className="block font-normal text-slate-500">({t(`units.${indicator}`)})</span>
                </th>
              ))}
              <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">{t("grid.status")}</th>
            </tr>
          </thead>
          <tbody>
            {MONTHS.map((month, row) => {
              const stored = MONTHLY_INDICATORS.map((i) => base[cellKey(i, month)]).filter((c): c is ActualCell => !!c);
              const allFinal = stored.length > 0 && stored.every((c) => !c.isEstimate);
              const monthDirty = dirty.some((d) => d.month === month);
              return (
                <tr key={month} className="border-b border-slate-100" data-testid={`actuals-month-${month}`}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium whitespace-nowrap text-slate-700">
                    {t("months.long", { month })}
                  </th>
                  {MONTHLY_INDICATORS.map((indicator, col) => {
                    const key = cellKey(indicator, month);
                    const cell = base[key];
                    const locked = isLocked(cell);
                    const cellErrors = errors[key];
                    const changed = dirty.some((d) => d.key === key);
                    return (
                      <td key={indicator} className="px-2 py-1 align-top">
                        <div className="flex items-center gap-1.5">
                          <input
                            ref={(el) => {
                              if (el) inputs.current.set(key, el);
                              else inputs.current.delete(key);
                            }}
                            id={`cell-${key}`}
                            data-testid={`cell-${key}`}
                            aria-label={label(key)}
                            inputMode="decimal"
                            autoComplete="off"
                            placeholder="—"
                            readOnly={locked}
                            aria-readonly={locked || undefined}
                            aria-invalid={!!cellErrors || undefined}
                            aria-describedby={cellErrors ? `cell-${key}-error` : undefined}
                            title={cell && !cell.isEstimate && locked && canWrite ? t("grid.lockedHint") : undefined}
                            value={textOf(key, indicator)}
                            onChange={(e) => {
                              const value = e.target.value;
                              setEdits((old) => ({ ...old, [key]: value }));
                              if (cellErrors)
                                setErrors((old) => {
                                  const next = { ...old };
                                  delete next[key];
                                  return next;
                                });
                            }}
                            onKeyDown={(e) => onKeyDown(e, row, col)}
                            className={clsx(
                              "block w-full min-w-32 rounded border px-2 py-1 text-right tabular-nums placeholder:text-slate-400 focus:outline-2 focus:outline-brand-600",
                              cellErrors ? "border-red-500 bg-red-50" : changed ? "border-amber-400 bg-amber-50" : "border-slate-200",
                              locked && "bg-slate-50 text-slate-700",
                            )}
                          />
                          <span
                            className={clsx(
                              "w-8 shrink-0 text-center text-[11px]",
                              cell ? (cell.isEstimate ? "text-amber-700" : "font-medium text-emerald-700") : "text-transparent",
                            )}
                            data-testid={`flag-${key}`}
                            title={cell ? t(cell.isEstimate ? "grid.estimateHint" : "grid.finalHint") : undefined}
                          >
                            {cell ? t(cell.isEstimate ? "grid.estimate" : "grid.final") : "·"}
                          </span>
                        </div>
                        {cellErrors?.map((e) => (
                          <p key={e.key} id={`cell-${key}-error`} className="mt-0.5 text-xs text-red-700" data-testid={`error-cell-${key}`}>
                            {tr(e.key.includes(".") ? e.key : `validation.${e.key}`, e.values)}
                          </p>
                        ))}
                      </td>
                    );
                  })}
                  <td className="px-3 py-1 whitespace-nowrap">
                    <span className={clsx("text-xs", stored.length === 0 ? "text-slate-400" : allFinal ? "text-emerald-700" : "text-amber-700")}>
                      {stored.length === 0 ? t("grid.statusMissing") : allFinal ? t("grid.statusFinal") : t("grid.statusEstimate")}
                    </span>
                    {canFinalize && stored.length > 0 && (
                      <Button
                        type="button"
                        variant="ghost"
                        className="ml-2 px-2 py-0.5 text-xs"
                        disabled={pending || monthDirty}
                        title={monthDirty ? t("grid.saveFirst") : undefined}
                        data-testid={`finalize-${month}`}
                        onClick={() => finalize(month, !allFinal)}
                      >
                        {allFinal ? t("grid.reopen") : t("grid.markFinal")}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot className="bg-slate-50 text-xs">
            <tr>
              <th scope="row" className="px-3 py-2 text-left text-slate-700">{t("grid.ytd")}</th>
              {ytd.map(({ indicator, sum, months }) => (
                <td key={indicator} className="px-3 py-2 text-right tabular-nums" data-testid={`ytd-${indicator}`}>
                  <span className="font-semibold">{sum === null ? "—" : formatNumber(sum, lang, { maxDecimals: amountSpecOf(indicator).decimals })}</span>
                  <span className="block text-slate-500">{t("grid.monthsEntered", { count: months })}</span>
                  {grid.targets[indicator] && sum !== null && !new Dec(grid.targets[indicator]).isZero() && (
                    <span className="block text-slate-500">
                      {t("grid.ofTarget", { percent: formatPercent(new Dec(sum).div(grid.targets[indicator]).toDecimalPlaces(6).toFixed(), lang) })}
                    </span>
                  )}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {canWrite && (
          <>
            <Button type="button" onClick={save} disabled={pending || dirty.length === 0} data-testid="actuals-save">
              {pending ? tr("common.saving") : t("grid.save", { count: dirty.length })}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={pending || Object.keys(edits).length === 0}
              onClick={() => {
                setEdits({});
                setErrors({});
                setOutcome(null);
              }}
            >
              {t("grid.discard")}
            </Button>
          </>
        )}
        <Button type="button" variant="ghost" disabled={pending} onClick={() => startTransition(() => router.refresh())}>
          {t("grid.reload")}
        </Button>
        <div className="min-w-0 flex-1" data-testid="actuals-outcome">
          {outcome && (
            <Notice tone={outcome.tone}>
              {outcome.text}
              {outcome.cells && outcome.cells.length > 0 && <> {t("grid.cellsNamed", { cells: outcome.cells.join("; ") })}</>}
            </Notice>
          )}
        </div>
      </div>
      {!canWrite && <p className="mt-3 text-sm text-slate-500" data-testid="actuals-read-only">{t("grid.readOnly")}</p>}
      <p className="mt-3 text-xs text-slate-500">{t("grid.keyboardHint")}</p>
      <p className="mt-1 text-xs text-slate-500">{t("grid.registryNote")}</p>
    </div>
  );
}
