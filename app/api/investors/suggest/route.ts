import { NextResponse, type NextRequest } from "next/server";
import { ERROR_STATUS, isAppError } from "@/lib/actions/app-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { suggestInvestors } from "@/lib/investors/suggest-investors";

// The project form's investor picker: GET /api/investors/suggest?q=samsung → up to 10 investors.
// The permission (projects:read) is checked inside suggestInvestors; errors answer with a code only.
export async function GET(request: NextRequest) {
  try {
    const user = await getCurrentUser();
    const q = request.nextUrl.searchParams.get("q") ?? "";
    const data = await suggestInvestors(user, q);
    return NextResponse.json({ data }, { headers: { "Cache-Control": "private, no-store" } });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.code }, { status: ERROR_STATUS[e.code] });
    console.error("investor suggest failed", e);
    return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
  }
}
