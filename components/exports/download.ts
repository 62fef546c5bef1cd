// Fetches an export and reads its body chunk by chunk, reporting progress, then saves it under
// the server's file name. Browser only.

export type ExportProgress = { bytes: number; total: number | null; rows: number | null };
export type ExportOutcome = { ok: true; filename: string; rows: number | null } | { ok: false; code: string };

/** The UTF-8 name of RFC 5987's filename*, else the plain filename, else `fallback`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // a malformed header falls through to the plain name
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

const NEWLINE = 10;

export async function downloadExport(url: string, onProgress: (p: ExportProgress) => void, signal: AbortSignal): Promise<ExportOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "same-origin" });
  } catch {
    return { ok: false, code: signal.aborted ? "aborted" : "network" };
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    return { ok: false, code: typeof body?.error === "string" ? body.error : "INTERNAL" };
  }
  const header = response.headers.get("X-Total-Count");
  const total = header !== null && /^\d+$/.test(header) ? Number(header) : null;
  // A CSV's records are its lines (after the header); an XLSX is zipped, so only bytes can be counted.
  const countsRows = (response.headers.get("Content-Type") ?? "").startsWith("text/csv");
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  let lines = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value as Uint8Array<ArrayBuffer>);
      bytes += value.byteLength;
      if (countsRows) for (const byte of value) if (byte === NEWLINE) lines += 1;
      const rows = countsRows ? Math.max(0, Math.min(lines - 1, total ?? Infinity)) : null;
      onProgress({ bytes, total, rows });
    }
  } catch {
    return { ok: false, code: signal.aborted ? "aborted" : "network" };
  }
  const filename = filenameOf(response.headers.get("Content-Disposition"), "export");
  const blob = new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { ok: true, filename, rows: total };
}
