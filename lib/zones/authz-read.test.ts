import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import { db } from "@/lib/db";
import { getZoneFigures, getZoneOccupancies, getZoneSetOccupancy } from "@/lib/reports/zones";
import { describePermissionMatrix } from "@/lib/testing/authz-matrix";
import { findZones } from "./find-zones";
import { getZone } from "./get-zone";
import { listZoneFacets } from "./list-zone-facets";

// The zones' read functions: every role reads zones ("zones:read"); an anonymous caller is refused
// before any SQL, and nothing changes either way.
async function zoneId(): Promise<number> {
  const zone = await db.zone.create({
    data: { code: `AZ-${Date.now()}-${Math.floor(Math.random() * 1e6)}`, name: "KCN phân quyền", kind: "KCN", district: "Huyện Thử", totalAreaHa: "100", leasableAreaHa: "70" },
  });
  return zone.id;
}

describePermissionMatrix(
  "zone reads",
  [
    { name: "findZones", permission: "zones:read", prepare: async () => 0, run: (actor) => findZones(actor, {}) },
    { name: "getZone", permission: "zones:read", prepare: zoneId, run: (actor, id) => getZone(actor, id) },
    { name: "listZoneFacets", permission: "zones:read", prepare: async () => 0, run: (actor) => listZoneFacets(actor) },
    { name: "getZoneOccupancies", permission: "zones:read", prepare: zoneId, run: (actor, id) => getZoneOccupancies(actor, [id]) },
    { name: "getZoneSetOccupancy", permission: "zones:read", prepare: async () => 0, run: (actor) => getZoneSetOccupancy(actor) },
    { name: "getZoneFigures", permission: "zones:read", prepare: async () => 0, run: (actor) => getZoneFigures(actor) },
  ],
  async () => ({ zones: await db.zone.count(), projects: await db.project.count(), progress: await db.zoneProgressUpdate.count() }),
);

describe("anonymous", () => {
  it("is refused as UNAUTHENTICATED even with a hostile input", async () => {
    const error = await findZones(null, { sort: "code; DROP" as "code" }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAUTHENTICATED");
  });
});
