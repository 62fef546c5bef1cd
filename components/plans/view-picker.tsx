"use client";

import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { Select } from "@/components/ui/input";
import { FIRST_YEAR, LAST_YEAR } from "@/lib/plans/schemas";
import type { ZoneOption } from "./scope-label";

type Props = {
  year: number;
  currentYear: number;
  /** Only on the actuals grid: the scope picked, and the zones to pick from. */
  scope?: { key: string; zones: ZoneOption[] };
};

/** The year (and scope) of the view, kept in the URL so that a view can be shared by link. */
export function ViewPicker({ year, currentYear, scope }: Props) {
  const t = useTranslations("plans");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const years = new Set<number>([year]);
  for (let y = currentYear - 5; y <= currentYear + 2; y++) if (y >= FIRST_YEAR && y <= LAST_YEAR) years.add(y);

  const go = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params.toString());
    for (const [k, v] of Object.entries(patch)) next.set(k, v);
    if (next.get("scope") === "PROVINCE") next.delete("scope");
    startTransition(() => router.push(`${pathname}?${next.toString()}`));
  };

  return (
    <div className="mb-5 flex flex-wrap items-end gap-4" aria-busy={pending}>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{t("picker.year")}</span>
        <Select className="w-32" value={year} onChange={(e) => go({ year: e.target.value })} data-testid="plans-year">
          {[...years].sort((a, b) => a - b).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </label>
      {scope && (
        <label className="block text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("picker.scope")}</span>
          <ScopeSelect className="w-80" value={scope.key} zones={scope.zones} onChange={(v) => go({ scope: v })} testId="plans-scope" />
        </label>
      )}
      {pending && <span className="pb-2 text-xs text-slate-500">{t("picker.loading")}</span>}
    </div>
  );
}

type ScopeSelectProps = {
  id?: string;
  name?: string;
  value: string;
  zones: ZoneOption[];
  onChange: (value: string) => void;
  className?: string;
  testId?: string;
  invalid?: boolean;
};

/** PROVINCE, all KCN, all CCN, then each zone grouped by kind. */
export function ScopeSelect({ id, name, value, zones, onChange, className, testId, invalid }: ScopeSelectProps) {
  const t = useTranslations("plans");
  return (
    <Select id={id} name={name} className={className} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} aria-invalid={invalid || undefined}>
      <option value="PROVINCE">{t("scopes.PROVINCE")}</option>
      <option value="ALL_KCN">{t("scopes.ALL_KCN")}</option>
      <option value="ALL_CCN">{t("scopes.ALL_CCN")}</option>
      {(["KCN", "CCN"] as const).map((kind) =>
        zones.some((z) => z.kind === kind) ? (
          <optgroup key={kind} label={t(`scopes.group${kind}`)}>
            {zones
              .filter((z) => z.kind === kind)
              .map((z) => (
                <option key={z.id} value={`ZONE:${z.id}`}>
                  {z.name}
                </option>
              ))}
          </optgroup>
        ) : null,
      )}
    </Select>
  );
}
