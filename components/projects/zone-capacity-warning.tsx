"use client";

import { callAction } from "@/components/ui/use-action";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatArea, formatPercent, type Locale } from "@/lib/format";
import type { ZoneCapacity } from "@/lib/zones/check-capacity";
import { checkZoneCapacityAction } from "@/lib/zones/actions";
import { AREA, readAmount } from "@/lib/projects/schemas";

type Props = {
  zoneId: string;
  landAreaHa: string;
  locale: Locale;
  /** The project being edited: its stored land is not counted twice. */
  projectId?: number;
  /** Only a secondary ACTIVE/EXTENDED project leases land (the occupancy rule). */
  leases: boolean;
};

/**
 * Warns, before saving, when the project's land would take its zone past 100% of its leasable
 * land. Asked of the server (lib/zones/check-capacity, the occupancy rule) after a pause in typing;
 * a warning only: saving stays possible.
 */
export function ZoneCapacityWarning({ zoneId, landAreaHa, locale, projectId, leases }: Props) {
  const t = useTranslations("zones.capacity");
  const [capacity, setCapacity] = useState<ZoneCapacity | null>(null);
  const asked = useRef(0);
  const land = readAmount(landAreaHa, locale, { ...AREA, negative: false, empty: "0" });
  const query = leases && zoneId && land.ok ? `${zoneId}|${land.value}` : null;

  useEffect(() => {
    const ticket = ++asked.current;
    if (!query) return;
    const [zone, value] = query.split("|");
    const timer = setTimeout(async () => {
      const result = await callAction(checkZoneCapacityAction, { zoneId: zone, landAreaHa: value, locale: "en", projectId: projectId ?? "" });
      if (ticket === asked.current) setCapacity(result.ok ? result.data : null);
    }, 400);
    return () => clearTimeout(timer);
  }, [query, projectId]);

  if (!query || !capacity?.overFull) return null;
  return (
    <p role="status" className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="zone-capacity-warning">
      {capacity.occupancyAfter === null
        ? t("noLeasable", { after: formatArea(capacity.after, locale, 4) })
        : t("overFull", {
            after: formatArea(capacity.after, locale, 4),
            leasable: formatArea(capacity.leasable, locale, 4),
            occupancy: formatPercent(capacity.occupancyAfter, locale),
          })}
    </p>
  );
}
