"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useOptimistic, useRef, useState, useTransition } from "react";
import { nextQueryString, type ParamChanges } from "@/lib/data-table/query-string";

export type TableUrl = {
  /** The list's URL parameters, including changes still loading (so controls never snap back). */
  params: URLSearchParams;
  /** True while the server renders the new view. */
  pending: boolean;
  /** Changes parameters and fetches the new view from the server (router.replace, no history entry). */
  navigate: (changes: ParamChanges, options?: { resetPage?: boolean }) => void;
  /** Changes parameters that only the browser uses (visible columns): the URL changes, nothing is fetched. */
  replaceLocally: (changes: ParamChanges) => void;
};

/**
 * The whole state of a list lives in its URL, so a view can be shared by link. Every change
 * starts from the latest parameters, including ones still in flight, so that two quick changes
 * (a filter, then a page size) never undo each other.
 */
export function useTableUrl(): TableUrl {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const current = searchParams.toString();
  const [optimisticQuery, setOptimisticQuery] = useOptimistic(current);
  // A local-only change (replaceLocally) shows at once; Next.js syncs useSearchParams a moment
  // later, and from then on the URL itself is the state again.
  const [local, setLocal] = useState<{ base: string; query: string } | null>(null);
  if (local !== null && local.base !== current) setLocal(null);
  const query = local !== null && local.base === current ? local.query : optimisticQuery;
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);

  const navigate = useCallback(
    (changes: ParamChanges, options?: { resetPage?: boolean }) => {
      const next = nextQueryString(latest.current, changes, options);
      latest.current = next.slice(1);
      startTransition(() => {
        setOptimisticQuery(next.slice(1));
        router.replace(`${pathname}${next}`, { scroll: false });
      });
    },
    [pathname, router, setOptimisticQuery],
  );

  const replaceLocally = useCallback(
    (changes: ParamChanges) => {
      const next = nextQueryString(latest.current, changes);
      latest.current = next.slice(1);
      setLocal({ base: current, query: next.slice(1) });
      // Next.js keeps useSearchParams in step with the native history API, without a request.
      window.history.replaceState(null, "", `${pathname}${next}`);
    },
    [pathname, current],
  );

  const params = useMemo(() => new URLSearchParams(query), [query]);
  return { params, pending, navigate, replaceLocally };
}
