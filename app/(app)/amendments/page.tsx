import { getTranslations } from "next-intl/server";
import { AmendmentsTable } from "@/components/amendments/columns";
import { ExportMenu } from "@/components/exports/export-menu";
import { PageHeader } from "@/components/ui/card";
import { findAmendments } from "@/lib/amendments/find-amendments";
import { AMENDMENT_DIRECTIONS, AMENDMENT_TYPES, parseAmendmentListParams } from "@/lib/amendments/list-params";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import type { FilterDef } from "@/lib/data-table/filters";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AmendmentsPage({ searchParams }: Props) {
  const user = await requirePagePermission("projects:read");
  const params = parseAmendmentListParams(await searchParams);
  const [page, t, tp] = await Promise.all([findAmendments(user, params), getTranslations("amendmentList"), getTranslations("projectList")]);
  const filters: FilterDef[] = [
    { kind: "dateRange", fromParam: "from", toParam: "to", label: t("filters.period"), fromLabel: t("filters.from"), toLabel: t("filters.to") },
    { kind: "select", param: "type", label: t("filters.type"), allLabel: t("filters.all"), options: AMENDMENT_TYPES.map((v) => ({ value: v, label: tp(`filters.types.${v}`) })) },
    { kind: "select", param: "direction", label: t("filters.direction"), allLabel: t("filters.all"), options: AMENDMENT_DIRECTIONS.map((v) => ({ value: v, label: t(`filters.${v}`) })) },
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={can(user.role, "exports:run") ? <ExportMenu view="amendments" /> : undefined} />
      <AmendmentsTable page={page} filters={filters} />
    </>
  );
}
