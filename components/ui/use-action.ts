"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action";

/** Runs a server action from a client component and keeps its last result for messages. */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: unknown, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const r = await action(input);
      setResult(r);
      if (r.ok) onSuccess?.(r.data);
    });
  }
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  return { run, pending, result, fieldErrors, reset: () => setResult(null) };
}
