import { NextResponse } from "next/server";
import { ERROR_STATUS, isAppError } from "@/lib/actions/app-error";

const NO_STORE = { "Cache-Control": "private, no-store" };

export const ok = (data: unknown) => NextResponse.json({ ok: true, data }, { headers: NO_STORE });

/** An expected failure as { ok: false, code, fieldErrors } with its status; anything else a bare 500. */
export function failure(e: unknown, what: string) {
  if (isAppError(e)) return NextResponse.json({ ok: false, code: e.code, fieldErrors: e.fieldErrors }, { status: ERROR_STATUS[e.code], headers: NO_STORE });
  console.error(`${what} failed`, e);
  return NextResponse.json({ ok: false, code: "INTERNAL" }, { status: 500, headers: NO_STORE });
}
