"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action";

/** Runs a server action from a client component and keeps its last result for messages. */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: unknown, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      // A request that never got an answer (connection lost, a paste over the 1 MB body limit)
      // rejects instead of returning a result; it must not crash the form and lose the input.
      const r: ActionResult<T> = await action(input).catch(() => ({ ok: false, code: "REQUEST_FAILED" }) as const);
      setResult(r);
      if (r.ok) onSuccess?.(r.data);
    });
  }
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  return { run, pending, result, fieldErrors, reset: () => setResult(null) };
}
