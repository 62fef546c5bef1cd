import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/imports/import-wizard";
import type { KindInfo } from "@/components/imports/types";
import { Card, PageHeader } from "@/components/ui/card";
import { parseRowId } from "@/lib/actions/id-fields";
import { requirePagePermission } from "@/lib/auth/guard";
import { firstParam, type RawSearchParams } from "@/lib/data-table/url";
import { AVAILABLE_KINDS, kindDef } from "@/lib/imports/kinds";

// STAFF and up import; the upload route and the actions check imports:run again.
export default async function ImportsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePagePermission("imports:run");
  // ?job=ID reopens the user's own job (getImport checks that it is theirs).
  const initialJobId = parseRowId(firstParam(await searchParams, "job") ?? "");
  const t = await getTranslations("imports");
  const kinds: KindInfo[] = AVAILABLE_KINDS.map((kind) => {
    const def = kindDef(kind);
    const columns = (def?.columns ?? []).filter((c) => !c.readOnly);
    return { kind, columns: columns.map((c) => ({ key: c.key, vi: c.vi, en: c.en, required: def?.required.includes(c.key) ?? false })) };
  });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <ImportWizard kinds={kinds} initialJobId={initialJobId} />
      </Card>
    </>
  );
}
