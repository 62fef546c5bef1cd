import { getTranslations } from "next-intl/server";
import { CopyLastYear } from "@/components/plans/copy-last-year";
import { PlanNav } from "@/components/plans/plan-nav";
import { TargetForm } from "@/components/plans/target-form";
import { TargetsTable } from "@/components/plans/targets-table";
import { ViewPicker } from "@/components/plans/view-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { listTargets } from "@/lib/plans/list-targets";
import { listScopeZones } from "@/lib/plans/scope";
import { currentYearVn, parseYearParam } from "@/lib/plans/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Everyone reads the plan; MANAGER and up ("plans:write") also get the forms. The actions check
// the permission again: hiding the forms protects nothing.
export default async function PlansPage({ searchParams }: Props) {
  const user = await requirePagePermission("plans:read");
  const year = parseYearParam(await searchParams);
  const [list, zones, t] = await Promise.all([listTargets(user, year), listScopeZones(user), getTranslations("plans")]);
  const canWrite = can(user.role, "plans:write");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <PlanNav active="targets" year={year} />
      <ViewPicker year={year} currentYear={currentYearVn()} />
      {canWrite ? (
        <Card className="mb-6">
          <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
            <h2 className="text-base font-semibold">{t("form.addTitle", { year })}</h2>
            <CopyLastYear year={year} copyable={list.copyable} />
          </div>
          <TargetForm key={year} year={year} zones={zones} />
        </Card>
      ) : (
        <p className="mb-4 text-sm text-slate-500" data-testid="targets-read-only">
          {t("form.readOnly")}
        </p>
      )}
      <Card className="p-0">
        <h2 className="px-4 pt-4 pb-3 text-base font-semibold">{t("list.title", { year })}</h2>
        <TargetsTable year={year} rows={list.rows} zones={zones} canWrite={canWrite} />
      </Card>
    </>
  );
}
