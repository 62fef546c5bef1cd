// Debian's Chromium as every browser this project starts uses it: the bulletin's printer
// (lib/bulletin/pdf.ts), the e2e tests (playwright.config.ts), the smoke run and Lighthouse.
// Playwright's own browser download is impossible offline. /usr/lib/chromium/chromium is the real
// binary; /usr/bin/chromium is a wrapper that loads Google API keys and so looks up Google hosts.

/** Debian's full Chromium (package chromium); CHROMIUM_PATH overrides it everywhere. */
export const DEBIAN_CHROMIUM = "/usr/lib/chromium/chromium";

/**
 * The flags besides the headless mode, which each caller picks: no sandbox (root in containers),
 * no GPU, and nothing that reaches for the network (QUIC, Google hosts, component updates, sync),
 * which has none here.
 */
export const CHROMIUM_FLAGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
]);
