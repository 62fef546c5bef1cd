import "server-only";
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_FLAGS, DEBIAN_CHROMIUM } from "@/lib/cli/chromium.mjs";
import { env } from "@/lib/env";
import { PAGE_MARGINS } from "./html";

// Prints a bulletin's HTML to an A4 PDF with Chromium (printerExecutable says which). The HTML is
// handed over with setContent, so the browser needs no session and loads nothing from the
// network; the flags keep it from looking up Google hosts (recipes/stack). Page numbers
// ("Trang 2/5") are Chromium's own footer, drawn in the bottom margin.

/**
 * Debian's headless shell first (package chromium-headless-shell; what Playwright itself uses
 * headless), then Debian's Chromium. Same Blink, same fonts, the same PDF text; but the full
 * browser also starts its window's UI (a renderer for the omnibox popup kept busy throughout), so
 * one bulletin cost it ~5.5 s of CPU against ~2.3 s for the shell (bench: the bulletin ≤ 5 s on
 * 2 cores). CHROMIUM_PATH overrides both.
 */
export const PRINTER_CANDIDATES = ["/usr/lib/chromium/chromium-headless-shell", DEBIAN_CHROMIUM] as const;

export function printerExecutable(override: string | undefined, exists: (path: string) => boolean = existsSync): string {
  return override ?? PRINTER_CANDIDATES.find((path) => exists(path)) ?? PRINTER_CANDIDATES[1];
}

const ARGS = ["--headless", ...CHROMIUM_FLAGS];

const FOOTER = `<div style="width:100%;font-family:'Times New Roman','Liberation Serif',serif;font-size:9pt;text-align:center;color:#000;">Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>`;

export type Printer = { print: (html: string) => Promise<Buffer>; close: () => Promise<void> };

/**
 * Starts Chromium and opens its first page at once, and prints later: the browser and its page
 * start (one to two seconds) while the figures are read, instead of after them. Always close()
 * it, printed or not.
 */
export function openPrinter(): Printer {
  const launching = chromium.launch({ executablePath: printerExecutable(env().CHROMIUM_PATH), args: ARGS });
  const newPage = async () => (await launching).newPage({ javaScriptEnabled: false });
  let ready: Promise<Page> | null = newPage();
  // A launch failure surfaces in print(); close() must not throw it a second time, and a printer
  // closed unprinted must not leave the page's failure unhandled.
  const browser: Promise<Browser | null> = launching.catch(() => null);
  ready.catch(() => undefined);
  return {
    async print(html) {
      // The page opened in advance serves the first print; any later one opens its own.
      const page = await (ready ?? newPage());
      ready = null;
      await page.setContent(html, { waitUntil: "load" });
      return page.pdf({
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER,
        margin: PAGE_MARGINS,
      });
    },
    async close() {
      await (await browser)?.close();
    },
  };
}
