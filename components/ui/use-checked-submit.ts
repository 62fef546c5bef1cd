"use client";

import { useState } from "react";
import type { FieldErrors } from "@/lib/actions/app-error";
import type { useAction } from "./use-action";
import { useShownErrors } from "./use-shown-errors";

type ActionHandle<T> = ReturnType<typeof useAction<T>>;

/**
 * A form's submit with the same schema checked in the browser first: messages found there are
 * shown without a round trip and the first bad field takes the focus; otherwise the action runs.
 * The messages shown are the browser's or the server's, each until its field is edited.
 */
export function useCheckedSubmit<T>(action: ActionHandle<T>) {
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const shown = useShownErrors(clientErrors ?? action.fieldErrors);

  function submit(found: FieldErrors, payload: unknown, onSuccess: (data: T) => void) {
    shown.reset();
    const first = Object.keys(found)[0];
    if (first) {
      setClientErrors(found);
      action.reset();
      document.getElementById(first)?.focus();
      return;
    }
    setClientErrors(null);
    action.run(payload, onSuccess);
  }

  return { errors: shown.errors, clear: shown.clear, clientErrors, submit };
}
