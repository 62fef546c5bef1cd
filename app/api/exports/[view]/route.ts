import { PassThrough, Readable } from "node:stream";
import { NextResponse, type NextRequest } from "next/server";
import { ERROR_STATUS, isAppError } from "@/lib/actions/app-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentDisposition } from "@/lib/exports/filename";
import { runExport } from "@/lib/exports/run-export";
import { isExportView } from "@/lib/exports/view";
import { LOCALE_COOKIE, resolveLocale } from "@/lib/i18n/locale";

// GET /api/exports/<view>?format=xlsx|csv&<the list's own URL parameters>: the whole list, with
// exactly those filters and sort, streamed. Authorization is inside runExport (exports:run and
// the list's read permission). The row total goes ahead of the body in X-Total-Count, for the
// page's progress bar. Errors answer with a code only.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ view: string }> };

const refuse = (code: keyof typeof ERROR_STATUS) => NextResponse.json({ error: code }, { status: ERROR_STATUS[code], headers: { "Cache-Control": "private, no-store" } });

export async function GET(request: NextRequest, { params }: Params) {
  const { view } = await params;
  if (!isExportView(view)) return refuse("NOT_FOUND");
  const search = request.nextUrl.searchParams;
  const format = search.get("format");
  if (format !== "xlsx" && format !== "csv") return refuse("VALIDATION");
  const locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  try {
    const run = await runExport(await getCurrentUser(), view, search, format, locale);
    const body = new PassThrough();
    // A failure mid-stream destroys `body` (the download fails visibly); it is logged here.
    run.write(body).catch((e: unknown) => console.error("export failed", view, e));
    return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": run.contentType,
        "Content-Disposition": contentDisposition(run.filename),
        "X-Total-Count": String(run.total),
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return refuse(e.code);
    console.error("export failed", view, e);
    return refuse("INTERNAL");
  }
}
