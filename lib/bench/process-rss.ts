import { readdirSync, readFileSync } from "node:fs";

// Resident memory of a process and its descendants, read from /proc (Linux only). `next start`
// may serve from a child process of its own, so the server's memory is the tree's, not one pid's.

/** The pid and its descendants, as they are now. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    // Field 4 (ppid) follows the command name, which is in parentheses and may hold spaces.
    const ppid = stat ? Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) : NaN;
    if (Number.isInteger(ppid)) children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] ?? -1) ?? []));
  return tree;
}

/** VmRSS of each pid in megabytes (a pid that has exited counts 0). */
export function rssMb(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, "VmRSS") / 1024, 0);
}

/** VmHWM (the kernel's own peak RSS) summed over `pids`, in megabytes. */
export function hwmMb(pids: number[]): number {
  return pids.reduce((sum, pid) => sum + statusKb(pid, "VmHWM") / 1024, 0);
}

function statusKb(pid: number, field: string): number {
  const status = readOrNull(`/proc/${pid}/status`);
  const match = status?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
  return match ? Number(match[1]) : 0;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null; // the process ended meanwhile
  }
}

/**
 * Samples the tree's RSS every `everyMs` until stopped; the tree is re-read each time, so a
 * worker started mid-way is counted. `peakMb` is the largest sum seen, `lastMb` the latest.
 */
export function sampleRss(root: number, everyMs = 50) {
  let peakMb = 0;
  let lastMb = 0;
  const sample = () => {
    lastMb = rssMb(processTree(root));
    peakMb = Math.max(peakMb, lastMb);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    get peakMb() {
      return peakMb;
    },
    get lastMb() {
      return lastMb;
    },
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb, lastMb };
    },
  };
}
