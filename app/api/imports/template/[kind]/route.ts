import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import { getCurrentUser } from "@/lib/auth/current-user";
import { buildTemplate } from "@/lib/imports/build-template";
import { importKindSchema } from "@/lib/imports/schemas";
import { failure } from "@/lib/imports/respond";

const FILE_NAMES = { PROJECTS: "mau-du-an", AMENDMENTS: "mau-dieu-chinh", ZONES: "mau-kcn-ccn", ZONE_PROGRESS: "mau-tien-do", ACTUALS: "mau-so-lieu-thang" };

// GET /api/imports/template/PROJECTS?lang=en → the kind's XLSX template (Vietnamese headers by default).
export async function GET(request: NextRequest, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const user = await getCurrentUser();
    assertCan(user, "imports:run");
    const kind = importKindSchema.safeParse((await params).kind);
    const file = kind.success ? await buildTemplate(kind.data, request.nextUrl.searchParams.get("lang") === "en" ? "en" : "vi") : null;
    if (!kind.success || !file) throw new AppError("NOT_FOUND");
    return new NextResponse(new Uint8Array(file), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${FILE_NAMES[kind.data]}.xlsx"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    return failure(e, "import template");
  }
}
