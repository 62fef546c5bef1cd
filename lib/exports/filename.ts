import type { ExportFormat } from "./sinks";

// A Vietnamese-safe download name: the UTF-8 name in RFC 5987's filename*, and an ASCII fallback
// (accents removed, đ → d) in filename for old clients.

/** "Dự án" at 25/11/2026 → "Dự án 2026-11-25.xlsx" (the date in Vietnam). */
export function exportFilename(title: string, now: Date, format: ExportFormat): string {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return `${title} ${day}.${format}`;
}

export function asciiFilename(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]+/g, "_");
}

/** RFC 6266 / 5987: `attachment; filename="Du_an_2026-11-25.xlsx"; filename*=UTF-8''D%E1%BB%B1%20%C3%A1n…`. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFilename(name)}"; filename*=UTF-8''${encoded}`;
}
