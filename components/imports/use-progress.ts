"use client";

import { useEffect, useState } from "react";
import { fetchJson, type ImportView } from "./types";

/** Polls the job's progress while `active` (during a preview or a commit that the page awaits). */
export function useProgress(id: number | null, active: boolean) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!active || id === null) return;
    let stopped = false;
    const tick = async () => {
      const r = await fetchJson<ImportView>(`/api/imports/${id}?progress=1`);
      if (!stopped && r.ok) setProgress({ done: r.data.done, total: r.data.total });
    };
    const timer = setInterval(tick, 400);
    void tick();
    return () => {
      stopped = true;
      clearInterval(timer);
      setProgress(null);
    };
  }, [id, active]);
  return progress;
}
