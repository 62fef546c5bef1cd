import type { ActionResult } from "@/lib/actions/action";
import type { ImportView } from "@/lib/imports/get-import";

/** A kind's columns as the page needs them: key, headers in both languages, required or not. */
export type ColumnInfo = { key: string; vi: string; en: string; required: boolean };
export type KindInfo = { kind: string; columns: ColumnInfo[] };

export type { ImportView };

/** GET/POST to the imports route handlers, answered like an action; no answer → REQUEST_FAILED. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<ActionResult<T>> {
  try {
    const response = await fetch(url, { ...init, cache: "no-store" });
    return (await response.json()) as ActionResult<T>;
  } catch {
    return { ok: false, code: "REQUEST_FAILED" };
  }
}
