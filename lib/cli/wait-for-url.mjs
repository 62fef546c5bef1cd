// Waits for a server this project started (the bench's `next start`, the smoke run's `npm start`,
// Lighthouse's server) to answer. Plain JavaScript so that both .mjs and TypeScript import it.

/**
 * Resolves once GET `url` answers 2xx; throws after `seconds`, or at once when `exited()` says the
 * server's process has ended (its message then says why).
 * @param {string} url
 * @param {{ seconds?: number, intervalMs?: number, exited?: () => string | null }} [options]
 * @returns {Promise<void>}
 */
export async function waitForUrl(url, { seconds = 60, intervalMs = 500, exited = () => null } = {}) {
  for (const until = Date.now() + seconds * 1000; Date.now() < until; ) {
    const ended = exited();
    if (ended) throw new Error(ended);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}
