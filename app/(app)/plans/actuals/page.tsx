import { getTranslations } from "next-intl/server";
import { ActualsGrid } from "@/components/plans/actuals-grid";
import { PlanNav } from "@/components/plans/plan-nav";
import { ViewPicker } from "@/components/plans/view-picker";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getActualsGrid } from "@/lib/plans/get-actuals-grid";
import { listScopeZones } from "@/lib/plans/scope";
import { currentYearVn, parseScopeParam, parseYearParam } from "@/lib/plans/schemas";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Everyone reads the figures; STAFF and up ("actuals:write") type them, MANAGER and up
// ("actuals:finalize") mark a month final. The actions check again.
export default async function ActualsPage({ searchParams }: Props) {
  const user = await requirePagePermission("plans:read");
  const params = await searchParams;
  const year = parseYearParam(params);
  const scope = parseScopeParam(params);
  const [grid, zones, t] = await Promise.all([getActualsGrid(user, year, scope), listScopeZones(user), getTranslations("plans")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("actualsSubtitle")} />
      <PlanNav active="actuals" year={year} scopeKey={scope.key} />
      <ViewPicker year={year} currentYear={currentYearVn()} scope={{ key: scope.key, zones }} />
      <Card>
        <ActualsGrid key={`${year}|${scope.key}`} grid={grid} canWrite={can(user.role, "actuals:write")} canFinalize={can(user.role, "actuals:finalize")} />
      </Card>
    </>
  );
}
