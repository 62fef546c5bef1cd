import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { bulletinFileHref } from "@/components/bulletin/file-links";
import { ERROR_STATUS, isAppError } from "@/lib/actions/app-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBulletinDocument } from "@/lib/bulletin/get-bulletin-document";
import { escapeHtml, renderBulletinHtml } from "@/lib/bulletin/html";
import { parseIdParam } from "@/lib/projects/route-params";

type Params = { params: Promise<{ id: string }> };

// The print-friendly view of a kept bulletin: the very HTML the PDF was printed from (lib/bulletin
// html.ts, from the stored document), with a toolbar that only the screen shows. A whole document
// of its own, not a page in the app's shell, so the browser's print gives the bulletin alone.
export async function GET(_request: Request, { params }: Params) {
  const id = parseIdParam((await params).id);
  if (id === null) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
  try {
    const document = await getBulletinDocument(await getCurrentUser(), id);
    const t = await getTranslations("bulletin");
    const toolbar =
      `<nav class="toolbar"><a href="/reports">${escapeHtml(t("print.back"))}</a>` +
      `<a href="${bulletinFileHref(id, "pdf")}">${escapeHtml(t("list.pdf"))}</a><a href="${bulletinFileHref(id, "xlsx")}">${escapeHtml(t("list.xlsx"))}</a>` +
      `<button type="button" onclick="window.print()">${escapeHtml(t("print.print"))}</button></nav>`;
    return new Response(renderBulletinHtml(document, { toolbar }), {
      headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.code }, { status: ERROR_STATUS[e.code] });
    console.error("bulletin print view failed", e);
    return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
  }
}
