import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center" data-testid="forbidden">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-600 underline">
        {t("back")}
      </Link>
    </main>
  );
}
