import { NextResponse } from "next/server";
import { ERROR_STATUS, isAppError } from "@/lib/actions/app-error";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getBulletinFile } from "@/lib/bulletin/get-bulletin-file";
import { BULLETIN_FILE_KINDS, type BulletinFileKind } from "@/lib/bulletin/schemas";
import { parseIdParam } from "@/lib/projects/route-params";

type Params = { params: Promise<{ id: string; kind: string }> };

// GET /api/bulletins/12/pdf (or /xlsx): a kept bulletin's file, byte for byte as generated.
// reports:read is checked inside getBulletinFile; errors answer with a code only.
export async function GET(_request: Request, { params }: Params) {
  const { id: rawId, kind } = await params;
  const id = parseIdParam(rawId);
  if (id === null || !BULLETIN_FILE_KINDS.includes(kind as BulletinFileKind)) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404 });
  try {
    const file = await getBulletinFile(await getCurrentUser(), id, kind as BulletinFileKind);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ error: e.code }, { status: ERROR_STATUS[e.code] });
    console.error("bulletin download failed", e);
    return NextResponse.json({ error: "INTERNAL" }, { status: 500 });
  }
}
