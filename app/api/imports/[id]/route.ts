import type { NextRequest } from "next/server";
import { AppError } from "@/lib/actions/app-error";
import { parseRowId } from "@/lib/actions/id-fields";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getImport } from "@/lib/imports/get-import";
import { failure, ok } from "@/lib/imports/respond";

// GET /api/imports/:id?page=2&action=error → the job and one page of its preview;
// ?progress=1 → the job's status and progress only (the page polls it during preview and commit).
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const user = await getCurrentUser();
    const id = parseRowId((await params).id);
    if (id === null) throw new AppError("NOT_FOUND");
    const search = request.nextUrl.searchParams;
    const data = await getImport(user, {
      id,
      page: Number(search.get("page") ?? 1),
      action: search.get("action") ?? "",
      progressOnly: search.get("progress") === "1",
    });
    return ok(data);
  } catch (e) {
    return failure(e, "import read");
  }
}
