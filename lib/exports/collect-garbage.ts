import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

// A 100,000-row export turns over far more memory than it keeps: every batch of rows becomes
// strings, XML and zip buffers that are garbage a moment later. V8 lets a large machine's heap grow
// to several times its live size before a full collection, so the server's RSS climbed ~140 MB over
// idle during an export (bench: XLSX export of 100,000 projects). Collecting every few thousand
// rows keeps it near idle for a few tens of milliseconds each time. A heap cap for the whole server
// would do the same but fails the 100,000-row import (lib/bench/imports.ts).
let gc: (() => void) | null | undefined;

/** A full garbage collection, where the runtime allows one (otherwise nothing). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // Exposes gc() to contexts created from now on; the server's own context is unchanged.
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
