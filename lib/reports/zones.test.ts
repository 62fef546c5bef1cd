import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/actions/app-error";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { InfrastructureStatus, InvestmentType, ProjectStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/lib/testing/factories";
import { getZoneFigures, getZoneOccupancies, getZoneSetOccupancy } from "./zones";

// The hand-built acceptance set: five zones, twenty projects. Every expected figure below was
// worked out by hand from these two tables; the arithmetic is in the comments.
//
// zone  kind status       in plan  priority    plan approved  infrastructure       total ha  leasable ha
// Z1    KCN  OPERATING    yes      2021–2025   yes            BASICALLY_COMPLETE   300       200
// Z2    KCN  ESTABLISHED  yes      2024–2030   no             UNDER_CONSTRUCTION   150       160
//       (leasable over total is the form's business, not the report's; kept to make the sums round)
// Z3    KCN  PLANNED      yes      2026–2030   yes            NOT_STARTED          500       300
// Z4    CCN  OPERATING    no       2021–2025   yes            BASICALLY_COMPLETE    50        40
// Z5    CCN  ESTABLISHED  yes      —           no             NOT_STARTED           20         0  ← no leasable land
//
// #   zone  secondary  status      type  land ha  IRC first issued  note
// 1   Z1    yes        ACTIVE      FDI   50       2020-01-10        leased
// 2   Z1    yes        EXTENDED    DDI   32.75    2021-03-01        leased
// 3   Z1    yes        TERMINATED  FDI   40       2019-05-05        frees its land
// 4   Z1    yes        REVOKED     FDI   10       2018-04-04
// 5   Z1    yes        SUSPENDED   DDI    5       2022-02-02
// 6   Z1    no         ACTIVE      DDI  200       2015-01-01        the infrastructure project
// 7   Z1    yes        ACTIVE      FDI   12.5     2023-03-03        archived
// 8   Z1    yes        ACTIVE      FDI    7.75    2025-08-01        after the as-of date 2025-06-30
// 9   Z2    yes        ACTIVE      FDI   20       2024-02-02        leased
// 10  Z2    yes        ACTIVE      DDI   15.5     2025-01-15        leased
// 11  Z2    yes        TERMINATED  DDI   25       2023-06-06
// 12  Z3    yes        ACTIVE      DDI    3       2025-03-03        leased, but Z3 is only planned
// 13  Z4    yes        ACTIVE      DDI   10       2022-05-05        leased
// 14  Z4    yes        EXTENDED    FDI    8.5     2023-07-07        leased
// 15  Z4    yes        SUSPENDED   DDI    4       2024-08-08
// 16  Z4    yes        ACTIVE      DDI   20       2025-02-01        leased
// 17  Z5    yes        ACTIVE      DDI    2       2024-09-09        leased, on no leasable land
// 18  —     yes        ACTIVE      FDI   30       2023-01-01        outside every zone
// 19  —     yes        EXTENDED    DDI    5       2021-01-01        outside every zone
// 20  —     yes        TERMINATED  FDI    1       2020-01-01        outside every zone

type ZoneLabel = "Z1" | "Z2" | "Z3" | "Z4" | "Z5";
const zoneId: Record<ZoneLabel, number> = { Z1: 0, Z2: 0, Z3: 0, Z4: 0, Z5: 0 };
const projectId: number[] = [];
let viewer: CurrentUser;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = day("2025-06-30");

beforeAll(async () => {
  viewer = await makeUser("VIEWER");
  const zones: [ZoneLabel, ZoneKind, ZoneStatus, boolean, [number, number] | null, boolean, InfrastructureStatus, string, string][] = [
    ["Z1", "KCN", "OPERATING", true, [2021, 2025], true, "BASICALLY_COMPLETE", "300", "200"],
    ["Z2", "KCN", "ESTABLISHED", true, [2024, 2030], false, "UNDER_CONSTRUCTION", "150", "160"],
    ["Z3", "KCN", "PLANNED", true, [2026, 2030], true, "NOT_STARTED", "500", "300"],
    ["Z4", "CCN", "OPERATING", false, [2021, 2025], true, "BASICALLY_COMPLETE", "50", "40"],
    ["Z5", "CCN", "ESTABLISHED", true, null, false, "NOT_STARTED", "20", "0"],
  ];
  for (const [label, kind, status, inPlan2030, period, constructionPlanApproved, infrastructureStatus, total, leasable] of zones) {
    const zone = await db.zone.create({
      data: {
        code: `R-${label}`,
        name: `${kind} ${label}`,
        kind,
        district: "Huyện Thử",
        status,
        inPlan2030,
        priorityFromYear: period?.[0] ?? null,
        priorityToYear: period?.[1] ?? null,
        constructionPlanApproved,
        infrastructureStatus,
        totalAreaHa: total,
        leasableAreaHa: leasable,
      },
    });
    zoneId[label] = zone.id;
  }
  const investor = await db.investor.create({ data: { name: "Nhà đầu tư thử", country: "VN" } });
  const projects: [ZoneLabel | null, boolean, ProjectStatus, InvestmentType, string, string, boolean?][] = [
    ["Z1", true, "ACTIVE", "FDI", "50", "2020-01-10"],
    ["Z1", true, "EXTENDED", "DDI", "32.75", "2021-03-01"],
    ["Z1", true, "TERMINATED", "FDI", "40", "2019-05-05"],
    ["Z1", true, "REVOKED", "FDI", "10", "2018-04-04"],
    ["Z1", true, "SUSPENDED", "DDI", "5", "2022-02-02"],
    ["Z1", false, "ACTIVE", "DDI", "200", "2015-01-01"],
    ["Z1", true, "ACTIVE", "FDI", "12.5", "2023-03-03", true],
    ["Z1", true, "ACTIVE", "FDI", "7.75", "2025-08-01"],
    ["Z2", true, "ACTIVE", "FDI", "20", "2024-02-02"],
    ["Z2", true, "ACTIVE", "DDI", "15.5", "2025-01-15"],
    ["Z2", true, "TERMINATED", "DDI", "25", "2023-06-06"],
    ["Z3", true, "ACTIVE", "DDI", "3", "2025-03-03"],
    ["Z4", true, "ACTIVE", "DDI", "10", "2022-05-05"],
    ["Z4", true, "EXTENDED", "FDI", "8.5", "2023-07-07"],
    ["Z4", true, "SUSPENDED", "DDI", "4", "2024-08-08"],
    ["Z4", true, "ACTIVE", "DDI", "20", "2025-02-01"],
    ["Z5", true, "ACTIVE", "DDI", "2", "2024-09-09"],
    [null, true, "ACTIVE", "FDI", "30", "2023-01-01"],
    [null, true, "EXTENDED", "DDI", "5", "2021-01-01"],
    [null, true, "TERMINATED", "FDI", "1", "2020-01-01"],
  ];
  for (const [index, [zone, isSecondary, status, type, land, irc, archived]] of projects.entries()) {
    const n = index + 1;
    const p = await db.project.create({
      data: {
        code: `R-DA-${n}`,
        ircNumber: `R-IRC-${n}`,
        ircFirstIssuedOn: day(irc),
        ircIssuingAgency: "Ban Quản lý các KCN",
        name: `Dự án ${n}`,
        type,
        leadInvestorId: investor.id,
        originCountry: "VN",
        zoneId: zone ? zoneId[zone] : null,
        isSecondary,
        vsicCode: "C2610",
        vsicSection: "C",
        currency: type === "FDI" ? "USD" : "VND",
        initialCapital: "1000",
        currentCapital: "1000",
        landAreaHa: land,
        status,
        archivedAt: archived ? new Date() : null,
      },
    });
    projectId.push(p.id);
  }
});

const all = () => getZoneOccupancies(viewer, [zoneId.Z1, zoneId.Z2, zoneId.Z3, zoneId.Z4, zoneId.Z5]);

describe("occupancy per zone", () => {
  it("sums the land of the active and extended secondary projects, over leasable land", async () => {
    expect(await all()).toEqual([
      // Z1: #1 50 + #2 32.75 + #8 7.75 = 90.5 (not #3 terminated, #4 revoked, #5 suspended, #6 not
      // secondary, #7 archived); 90.5 ÷ 200 = 0.4525. Active: #1 FDI, #2 DDI, #8 FDI.
      { zoneId: zoneId.Z1, leasableHa: "200", leasedHa: "90.5", occupancy: "0.4525", activeSecondary: 3, activeSecondaryFdi: 2, activeSecondaryDdi: 1 },
      // Z2: #9 20 + #10 15.5 = 35.5 (not #11 terminated); 35.5 ÷ 160 = 0.221875.
      { zoneId: zoneId.Z2, leasableHa: "160", leasedHa: "35.5", occupancy: "0.221875", activeSecondary: 2, activeSecondaryFdi: 1, activeSecondaryDdi: 1 },
      // Z3: #12 3; 3 ÷ 300 = 0.01 (a planned zone still has its own figure).
      { zoneId: zoneId.Z3, leasableHa: "300", leasedHa: "3", occupancy: "0.01", activeSecondary: 1, activeSecondaryFdi: 0, activeSecondaryDdi: 1 },
      // Z4: #13 10 + #14 8.5 + #16 20 = 38.5 (not #15 suspended); 38.5 ÷ 40 = 0.9625.
      { zoneId: zoneId.Z4, leasableHa: "40", leasedHa: "38.5", occupancy: "0.9625", activeSecondary: 3, activeSecondaryFdi: 1, activeSecondaryDdi: 2 },
      // Z5: #17 2 on 0 ha of leasable land: no occupancy (shown "—"), and no division error.
      { zoneId: zoneId.Z5, leasableHa: "0", leasedHa: "2", occupancy: null, activeSecondary: 1, activeSecondaryFdi: 0, activeSecondaryDdi: 1 },
    ]);
  });

  it("leaves out projects first issued after the as-of date", async () => {
    const [z1, z2] = await getZoneOccupancies(viewer, [zoneId.Z1, zoneId.Z2], { asOf: AS_OF });
    // Z1 without #8 (2025-08-01): 50 + 32.75 = 82.75; 82.75 ÷ 200 = 0.41375.
    expect(z1).toMatchObject({ leasedHa: "82.75", occupancy: "0.41375", activeSecondary: 2, activeSecondaryFdi: 1 });
    // Z2's projects are all older: unchanged.
    expect(z2).toMatchObject({ leasedHa: "35.5", occupancy: "0.221875" });
    // On the day of #16's IRC (2025-02-01) it counts; the day before it does not: Z4 38.5 → 18.5.
    expect((await getZoneOccupancies(viewer, [zoneId.Z4], { asOf: day("2025-02-01") }))[0]?.leasedHa).toBe("38.5");
    expect((await getZoneOccupancies(viewer, [zoneId.Z4], { asOf: day("2025-01-31") }))[0]?.leasedHa).toBe("18.5");
  });

  it("frees the land of a project that is TERMINATED, and takes it back when it is active again", async () => {
    const first = projectId[0]!; // #1, ACTIVE, 50 ha in Z1
    await db.project.update({ where: { id: first }, data: { status: "TERMINATED" } });
    try {
      // Z1: 90.5 − 50 = 40.5; 40.5 ÷ 200 = 0.2025.
      expect((await getZoneOccupancies(viewer, [zoneId.Z1]))[0]).toMatchObject({ leasedHa: "40.5", occupancy: "0.2025", activeSecondary: 2 });
      // The KCN set: (40.5 + 35.5) ÷ (200 + 160) = 76 ÷ 360 = 0.2111…
      const kcn = await getZoneSetOccupancy(viewer, { kind: "KCN" });
      expect(kcn.leasedHa).toBe("76");
      expect(Number(kcn.occupancy)).toBeCloseTo(76 / 360, 12);
    } finally {
      await db.project.update({ where: { id: first }, data: { status: "ACTIVE" } });
    }
    expect((await getZoneOccupancies(viewer, [zoneId.Z1]))[0]?.leasedHa).toBe("90.5");
  });

  it("ignores unknown ids and answers nothing for none", async () => {
    expect(await getZoneOccupancies(viewer, [])).toEqual([]);
    expect(await getZoneOccupancies(viewer, [2_000_000_000])).toEqual([]);
  });
});

describe("occupancy of a zone set", () => {
  it("is Σ leased ÷ Σ leasable over the established (and operating) zones, planned ones left out", async () => {
    // Z1, Z2, Z4, Z5 (Z3 is planned): (90.5 + 35.5 + 38.5 + 2) ÷ (200 + 160 + 40 + 0) = 166.5 ÷ 400 = 0.41625.
    // (Not the average of the percentages: (45.25 + 22.1875 + 96.25) ÷ 3 = 54.5625%.)
    expect(await getZoneSetOccupancy(viewer)).toEqual({ establishedZones: 4, leasableHa: "400", leasedHa: "166.5", occupancy: "0.41625" });
    // KCN: (90.5 + 35.5) ÷ (200 + 160) = 126 ÷ 360 = 0.35.
    expect(await getZoneSetOccupancy(viewer, { kind: "KCN" })).toEqual({ establishedZones: 2, leasableHa: "360", leasedHa: "126", occupancy: "0.35" });
    // CCN: (38.5 + 2) ÷ (40 + 0) = 40.5 ÷ 40 = 1.0125: over 100%, reported as it is.
    expect(await getZoneSetOccupancy(viewer, { kind: "CCN" })).toEqual({ establishedZones: 2, leasableHa: "40", leasedHa: "40.5", occupancy: "1.0125" });
  });

  it("has no occupancy for a set without leasable land, and none for an empty or planned-only set", async () => {
    expect(await getZoneSetOccupancy(viewer, { zoneIds: [zoneId.Z5] })).toEqual({ establishedZones: 1, leasableHa: "0", leasedHa: "2", occupancy: null });
    expect(await getZoneSetOccupancy(viewer, { zoneIds: [zoneId.Z3] })).toEqual({ establishedZones: 0, leasableHa: "0", leasedHa: "0", occupancy: null });
    expect(await getZoneSetOccupancy(viewer, { zoneIds: [] })).toEqual({ establishedZones: 0, leasableHa: "0", leasedHa: "0", occupancy: null });
  });

  it("as of a date", async () => {
    // Without #8: (82.75 + 35.5 + 38.5 + 2) ÷ 400 = 158.75 ÷ 400 = 0.396875.
    expect(await getZoneSetOccupancy(viewer, {}, { asOf: AS_OF })).toEqual({ establishedZones: 4, leasableHa: "400", leasedHa: "158.75", occupancy: "0.396875" });
  });
});

describe("zone figures per kind", () => {
  it("counts in plan, established (operating included), operating, area, infrastructure and priority for 2025", async () => {
    const figures = await getZoneFigures(viewer, { year: 2025 });
    expect(figures.year).toBe(2025);
    expect(figures.KCN).toEqual({
      kind: "KCN",
      total: 3,
      inPlan2030: 3, // Z1, Z2, Z3
      established: 2, // Z1 (operating), Z2
      operating: 1, // Z1
      planned: 1, // Z3
      establishedAreaHa: "450", // 300 + 150
      infrastructureBasicallyComplete: 1, // Z1
      prioritised: 2, // 2025 in Z1's 2021–2025 and Z2's 2024–2030, not in Z3's 2026–2030
      prioritisedWithApprovedPlan: 1, // Z1 (Z2's plan is not approved)
      occupancy: { establishedZones: 2, leasableHa: "360", leasedHa: "126", occupancy: "0.35" },
      activeSecondary: 5, // Z1 #1 #2 #8, Z2 #9 #10
      activeSecondaryFdi: 3, // #1 #8 #9
      activeSecondaryDdi: 2, // #2 #10
    });
    expect(figures.CCN).toEqual({
      kind: "CCN",
      total: 2,
      inPlan2030: 1, // Z5 (Z4 is not in the plan)
      established: 2, // Z4 (operating), Z5
      operating: 1, // Z4
      planned: 0,
      establishedAreaHa: "70", // 50 + 20
      infrastructureBasicallyComplete: 1, // Z4
      prioritised: 1, // Z4's 2021–2025
      prioritisedWithApprovedPlan: 1, // Z4
      occupancy: { establishedZones: 2, leasableHa: "40", leasedHa: "40.5", occupancy: "1.0125" },
      activeSecondary: 4, // Z4 #13 #14 #16, Z5 #17
      activeSecondaryFdi: 1, // #14
      activeSecondaryDdi: 3, // #13 #16 #17
    });
  });

  it("asks about the priority periods of the year given, or of the as-of date", async () => {
    const in2026 = await getZoneFigures(viewer, { year: 2026 });
    // 2026: Z2 (2024–2030) and Z3 (2026–2030); Z3's plan is approved, Z2's is not. No CCN.
    expect([in2026.KCN.prioritised, in2026.KCN.prioritisedWithApprovedPlan, in2026.CCN.prioritised]).toEqual([2, 1, 0]);
    const asOf = await getZoneFigures(viewer, { asOf: AS_OF });
    expect(asOf.year).toBe(2025);
    expect(asOf.KCN.prioritised).toBe(2);
    // (82.75 + 35.5) = 118.25 ha leased in established KCN as of 30/06/2025.
    expect(asOf.KCN.occupancy.leasedHa).toBe("118.25");
    expect(asOf.KCN.activeSecondary).toBe(4);
  });

  it("leaves out archived zones", async () => {
    const archived = await db.zone.create({
      data: { code: "R-ARCH", name: "KCN lưu trữ", kind: "KCN", district: "Huyện Thử", status: "OPERATING", totalAreaHa: "100", leasableAreaHa: "80", archivedAt: new Date() },
    });
    try {
      expect((await getZoneFigures(viewer, { year: 2025 })).KCN).toMatchObject({ total: 3, established: 2, establishedAreaHa: "450" });
      expect((await getZoneSetOccupancy(viewer, { kind: "KCN" })).leasableHa).toBe("360");
    } finally {
      await db.zone.delete({ where: { id: archived.id } });
    }
  });
});

describe("authorization", () => {
  it("refuses an anonymous caller", async () => {
    for (const call of [() => getZoneOccupancies(null, [zoneId.Z1]), () => getZoneSetOccupancy(null), () => getZoneFigures(null)]) {
      const error = await call().then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("UNAUTHENTICATED");
    }
  });
});
