import type { Counts } from "@/lib/imports/types";
import type { ImportView } from "./types";

/**
 * What the wizard shows for a job opened from its URL (?job=ID: after a reload, a lost tab, or a
 * server restart), so that nothing the user did is lost. Pure: unit-tested without a browser.
 * - COMMITTED: the result, as right after the commit;
 * - COMMITTING (still running elsewhere): the progress, until the job is no longer committing;
 * - otherwise the preview, errors first when there are any, with the job's failure (e.g. the last
 *   commit was interrupted by a server restart) as the page's error.
 */
export type Reopened =
  | { step: "result"; counts: Counts }
  | { step: "committing" }
  | { step: "preview"; filter: "" | "error"; failure: string | null };

export function reopened(job: Pick<ImportView, "status" | "counts" | "failure">): Reopened {
  if (job.status === "COMMITTED" && job.counts) return { step: "result", counts: job.counts };
  if (job.status === "COMMITTING") return { step: "committing" };
  return { step: "preview", filter: (job.counts?.error ?? 0) > 0 ? "error" : "", failure: job.failure };
}

/** The imports page's URL for a job (null: the bare page), kept without a navigation. */
export function keepJobInUrl(id: number | null): void {
  window.history.replaceState(null, "", id === null ? "/imports" : `/imports?job=${id}`);
}
