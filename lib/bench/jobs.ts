// One-off long jobs measured once at scale (export, import, bulletin), as opposed to the repeated
// latency scenarios of scenarios.ts. Each area adds its jobs in its own file and lists them here.
export type JobContext = { databaseUrl: string; projects: number };
export type JobResult = { ms: number; peakRssMb?: number; note?: string };
export type Job = { name: string; target: string; run: (ctx: JobContext) => Promise<JobResult> };

export async function jobs(): Promise<Job[]> {
  return [
    ...(await import("./exports")).exportJobs(),
    ...(await import("./imports")).importJobs(),
    ...(await import("./bulletin")).bulletinJobs(),
  ];
}
