"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A text field's own value, committed after a pause in typing. It follows the URL when the URL
 * changes from elsewhere (filters cleared, a link opened), but never overwrites what is being typed.
 */
export function useDebouncedField(external: string, commit: (value: string) => void, delay = 350) {
  const [value, setValue] = useState(external);
  const [seen, setSeen] = useState(external);
  if (external !== seen) {
    setSeen(external);
    if (external !== value.trim()) setValue(external);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  }, [commit]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function change(next: string) {
    setValue(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latestCommit.current(next.trim()), delay);
  }
  function flush(next = value) {
    clearTimeout(timer.current);
    latestCommit.current(next.trim());
  }
  return { value, change, flush };
}
