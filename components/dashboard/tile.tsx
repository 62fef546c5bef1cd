import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import { Suspense, type ReactNode } from "react";
import { TileBoundary } from "./tile-boundary";

/** Fixed heights, so that nothing moves when a tile's figures arrive (no layout shift). */
export const TILE_HEIGHTS = {
  kpi: "h-[23rem]",
  zone: "h-[29rem]",
  chart: "h-[24.5rem]",
} as const;

export type TileSize = keyof typeof TILE_HEIGHTS;

/** The grey shape shown while a tile loads: the same box as the tile, so the page never jumps. */
export function TileSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} data-testid="tile-loading" className="flex h-full animate-pulse flex-col gap-3 pt-1">
      <div className="h-8 w-2/5 rounded bg-slate-100" />
      <div className="h-4 w-3/5 rounded bg-slate-100" />
      <div className="h-4 w-1/2 rounded bg-slate-100" />
      <div className="mt-auto h-16 w-full rounded bg-slate-100" />
    </div>
  );
}

/**
 * A dashboard tile: a titled box of fixed height whose body is an async server component, loaded
 * on its own (Suspense with a skeleton) and failing on its own (an error boundary with a message).
 */
export async function Tile({ id, title, size, className, children }: { id: string; title: string; size: TileSize; className?: string; children: ReactNode }) {
  const t = await getTranslations("dashboard.tile");
  const headingId = `tile-${id}-title`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={`tile-${id}`}
      className={clsx("flex min-w-0 flex-col overflow-hidden rounded-lg border border-slate-200 bg-white p-4 shadow-xs", TILE_HEIGHTS[size], className)}
    >
      <h3 id={headingId} className="mb-2 text-sm leading-5 font-semibold text-slate-700">
        {title}
      </h3>
      <div className="min-h-0 flex-1">
        <TileBoundary message={t("error")} retryLabel={t("retry")} testId={id}>
          <Suspense fallback={<TileSkeleton label={t("loading")} />}>{children}</Suspense>
        </TileBoundary>
      </div>
    </section>
  );
}
