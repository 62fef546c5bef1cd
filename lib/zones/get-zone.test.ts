import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { makeUser } from "@/lib/testing/factories";
import { getZone } from "./get-zone";
import { listZoneFacets } from "./list-zone-facets";
import { makeTestZones, type TestZones } from "./test-zones";

// The province of lib/zones/test-zones.ts.
let zones: TestZones;
let viewer: CurrentUser;

beforeAll(async () => {
  viewer = await makeUser("VIEWER");
  zones = await makeTestZones();
});

describe("getZone", () => {
  it("reads every field, the occupancy and the progress history oldest first", async () => {
    const a = await getZone(viewer, zones.A);
    expect(a).toMatchObject({
      id: zones.A,
      code: "KCN-01",
      name: "Khu công nghiệp Phước Lộc",
      kind: "KCN",
      status: "OPERATING",
      district: "Huyện Yên Phong",
      inPlan2030: true,
      priorityFromYear: 2021,
      priorityToYear: 2025,
      totalAreaHa: "300",
      leasableAreaHa: "200",
      infrastructureStatus: "BASICALLY_COMPLETE",
      // 136 of 200 ha → 0.68
      occupancy: { zoneId: zones.A, leasableHa: "200", leasedHa: "136", occupancy: "0.68", activeSecondary: 2, activeSecondaryFdi: 1, activeSecondaryDdi: 1 },
      overfull: false,
    });
    expect(a?.progress.map((p) => [p.reportedOn.toISOString().slice(0, 10), p.landClearedHa, p.landToClearHa, p.clearance, p.infrastructurePct])).toEqual([
      ["2024-01-01", "100", "250", "0.4", "40"], // 100 ÷ 250
      ["2025-01-01", "200", "250", "0.8", "75.5"], // 200 ÷ 250
    ]);
  });

  it("flags an over-full zone, and a zone leasing land it does not have", async () => {
    // D: 50 ha leased of 40 → 125%.
    expect(await getZone(viewer, zones.D)).toMatchObject({ overfull: true, occupancy: { occupancy: "1.25" } });
    // E: 2 ha leased of none: no occupancy, but over its (zero) leasable land.
    expect(await getZone(viewer, zones.E)).toMatchObject({ overfull: true, occupancy: { occupancy: null, leasedHa: "2" }, progress: [] });
    // C: nothing leased is not over-full.
    expect(await getZone(viewer, zones.C)).toMatchObject({ overfull: false, occupancy: { occupancy: "0" } });
  });

  it("answers null for an archived or unknown zone", async () => {
    expect(await getZone(viewer, zones.F)).toBeNull();
    expect(await getZone(viewer, 2_000_000_000)).toBeNull();
  });
});

describe("listZoneFacets", () => {
  it("offers the districts of live zones with their kinds, and the priority periods in use", async () => {
    const facets = await listZoneFacets(viewer);
    expect(facets.districts.map((d) => [d.name, [...d.kinds].sort()])).toEqual([
      ["Huyện Quế Võ", ["CCN", "KCN"]],
      ["Huyện Yên Phong", ["CCN", "KCN"]],
    ]);
    expect(facets.periods).toEqual(["2021-2025", "2026-2030"]);
  });
});
