"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action";

/**
 * Calls a server action and always answers with a result. A request that never got an answer
 * (connection lost, a paste over the 1 MB body limit) rejects instead; it must not crash the form
 * and lose what the user typed, so it becomes REQUEST_FAILED.
 */
export function callAction<T>(action: (input: unknown) => Promise<ActionResult<T>>, input: unknown): Promise<ActionResult<T>> {
  return action(input).catch((): ActionResult<T> => ({ ok: false, code: "REQUEST_FAILED" }));
}

/** Runs a server action from a client component and keeps its last result for messages. */
export function useAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function run(input: unknown, onSuccess?: (data: T) => void) {
    startTransition(async () => {
      const r = await callAction(action, input);
      setResult(r);
      if (r.ok) onSuccess?.(r.data);
    });
  }
  const fieldErrors = result && !result.ok ? result.fieldErrors : undefined;
  return { run, pending, result, fieldErrors, reset: () => setResult(null) };
}
