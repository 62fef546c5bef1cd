import { db } from "@/lib/db";
import type { InfrastructureStatus, InvestmentType, ProjectStatus, ZoneKind, ZoneStatus } from "@/lib/generated/prisma/enums";

// The zones-list test province, built by hand (lib/zones/*.test.ts). Every expected figure in
// those tests was worked out from this table:
//
// zone code    name                                    kind status       district          plan priority   infrastructure      total leasable leased (projects)        progress (latest)
// A    KCN-01  Khu công nghiệp Phước Lộc               KCN  OPERATING    Huyện Yên Phong   yes  2021–2025  BASICALLY_COMPLETE  300   200      116 FDI + 20 DDI = 136    2024-01-01 100/250; 2025-01-01 200/250 → 80%
// B    KCN-02  Khu công nghiệp Quế Võ                  KCN  ESTABLISHED  Huyện Quế Võ      yes  2026–2030  UNDER_CONSTRUCTION  150   160      80 FDI (+30 TERMINATED)   2025-03-01 30/120 → 25%
// C    KCN-03  Khu công nghiệp Bắc Thăng Long 100%_x   KCN  PLANNED      Huyện Yên Phong   no   —          NOT_STARTED         500   300      0                         —
// D    CCN-01  Cụm công nghiệp An Tiến                 CCN  OPERATING    Huyện Yên Phong   yes  2021–2025  BASICALLY_COMPLETE   50    40      50 DDI (over 100%)        2025-02-01 0/0 → —
// E    CCN-02  Cụm công nghiệp Đồng Nguyên             CCN  ESTABLISHED  Huyện Quế Võ      yes  —          NOT_STARTED          20     0      2 DDI (no leasable land)  —
// F    CCN-03  Cụm công nghiệp Lưu Trữ                 CCN  OPERATING    Huyện Quế Võ      yes  —          NOT_STARTED          30    20      — (archived zone)         —
//
// occupancy: A 136/200 = 0.68; B 80/160 = 0.5; C 0/300 = 0; D 50/40 = 1.25; E none (0 leasable).

export type ZoneLabel = "A" | "B" | "C" | "D" | "E" | "F";

type Spec = {
  label: ZoneLabel;
  code: string;
  name: string;
  kind: ZoneKind;
  status: ZoneStatus;
  district: string;
  inPlan2030: boolean;
  period: [number, number] | null;
  infra: InfrastructureStatus;
  total: string;
  leasable: string;
  projects: [InvestmentType, string, ProjectStatus?][];
  progress: [string, string, string, string][];
  archived?: boolean;
};

const SPECS: Spec[] = [
  { label: "A", code: "KCN-01", name: "Khu công nghiệp Phước Lộc", kind: "KCN", status: "OPERATING", district: "Huyện Yên Phong", inPlan2030: true, period: [2021, 2025], infra: "BASICALLY_COMPLETE", total: "300", leasable: "200", projects: [["FDI", "116"], ["DDI", "20"]], progress: [["2024-01-01", "100", "250", "40"], ["2025-01-01", "200", "250", "75.5"]] },
  { label: "B", code: "KCN-02", name: "Khu công nghiệp Quế Võ", kind: "KCN", status: "ESTABLISHED", district: "Huyện Quế Võ", inPlan2030: true, period: [2026, 2030], infra: "UNDER_CONSTRUCTION", total: "150", leasable: "160", projects: [["FDI", "80"], ["DDI", "30", "TERMINATED"]], progress: [["2025-03-01", "30", "120", "10"]] },
  { label: "C", code: "KCN-03", name: "Khu công nghiệp Bắc Thăng Long 100%_x", kind: "KCN", status: "PLANNED", district: "Huyện Yên Phong", inPlan2030: false, period: null, infra: "NOT_STARTED", total: "500", leasable: "300", projects: [], progress: [] },
  { label: "D", code: "CCN-01", name: "Cụm công nghiệp An Tiến", kind: "CCN", status: "OPERATING", district: "Huyện Yên Phong", inPlan2030: true, period: [2021, 2025], infra: "BASICALLY_COMPLETE", total: "50", leasable: "40", projects: [["DDI", "50"]], progress: [["2025-02-01", "0", "0", "100"]] },
  { label: "E", code: "CCN-02", name: "Cụm công nghiệp Đồng Nguyên", kind: "CCN", status: "ESTABLISHED", district: "Huyện Quế Võ", inPlan2030: true, period: null, infra: "NOT_STARTED", total: "20", leasable: "0", projects: [["DDI", "2"]], progress: [] },
  { label: "F", code: "CCN-03", name: "Cụm công nghiệp Lưu Trữ", kind: "CCN", status: "OPERATING", district: "Huyện Quế Võ", inPlan2030: true, period: null, infra: "NOT_STARTED", total: "30", leasable: "20", projects: [], progress: [], archived: true },
];

export type TestZones = Record<ZoneLabel, number>;

export async function makeTestZones(): Promise<TestZones> {
  const ids = {} as TestZones;
  const investor = await db.investor.create({ data: { name: "Nhà đầu tư KCN thử", country: "VN" } });
  let n = 0;
  for (const s of SPECS) {
    const zone = await db.zone.create({
      data: {
        code: s.code,
        name: s.name,
        kind: s.kind,
        status: s.status,
        district: s.district,
        inPlan2030: s.inPlan2030,
        priorityFromYear: s.period?.[0] ?? null,
        priorityToYear: s.period?.[1] ?? null,
        infrastructureStatus: s.infra,
        totalAreaHa: s.total,
        leasableAreaHa: s.leasable,
        archivedAt: s.archived ? new Date() : null,
      },
    });
    ids[s.label] = zone.id;
    for (const [type, land, status] of s.projects) {
      n += 1;
      await db.project.create({
        data: {
          code: `Z-DA-${n}`,
          ircNumber: `Z-IRC-${n}`,
          ircFirstIssuedOn: new Date("2024-01-01T00:00:00Z"),
          ircIssuingAgency: "Ban Quản lý các KCN",
          name: `Dự án thứ cấp ${n}`,
          type,
          leadInvestorId: investor.id,
          originCountry: "VN",
          zoneId: zone.id,
          vsicCode: "C2610",
          vsicSection: "C",
          currency: type === "FDI" ? "USD" : "VND",
          initialCapital: "1000",
          currentCapital: "1000",
          landAreaHa: land,
          status: status ?? "ACTIVE",
        },
      });
    }
    for (const [on, cleared, toClear, pct] of s.progress) {
      await db.zoneProgressUpdate.create({
        data: { zoneId: zone.id, reportedOn: new Date(`${on}T00:00:00Z`), landClearedHa: cleared, landToClearHa: toClear, infrastructurePct: pct, note: `Kỳ ${on}` },
      });
    }
  }
  return ids;
}
