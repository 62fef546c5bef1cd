import type { NextRequest } from "next/server";
import { AppError } from "@/lib/actions/app-error";
import { assertCan } from "@/lib/auth/assert-can";
import { getCurrentUser } from "@/lib/auth/current-user";
import { MAX_FILE_BYTES } from "@/lib/imports/limits";
import { importKindSchema } from "@/lib/imports/schemas";
import { uploadImport } from "@/lib/imports/upload-import";
import { failure, ok } from "@/lib/imports/respond";

// POST /api/imports (multipart: kind, file) → { id } of a new import job. A route handler, not a
// server action: files go up to 20 MB. The size is refused from Content-Length before the body is read.
const FORM_OVERHEAD = 64 * 1024;
const tooLarge = () => new AppError("VALIDATION", { file: [{ key: "imports.errors.fileTooLarge", values: { max: MAX_FILE_BYTES / 1024 / 1024 } }] });

export async function POST(request: NextRequest) {
  try {
    const user = await getCurrentUser();
    assertCan(user, "imports:run");
    if (Number(request.headers.get("content-length") ?? 0) > MAX_FILE_BYTES + FORM_OVERHEAD) throw tooLarge();
    const form = await request.formData().catch(() => null);
    const file = form?.get("file");
    const kind = importKindSchema.safeParse(form?.get("kind"));
    if (!kind.success) throw new AppError("VALIDATION", { kind: [{ key: "validation.required" }] });
    if (!(file instanceof File)) throw new AppError("VALIDATION", { file: [{ key: "validation.required" }] });
    if (file.size > MAX_FILE_BYTES) throw tooLarge();
    const bytes = Buffer.from(await file.arrayBuffer());
    return ok(await uploadImport(user, { kind: kind.data, fileName: file.name, bytes }));
  } catch (e) {
    return failure(e, "import upload");
  }
}
