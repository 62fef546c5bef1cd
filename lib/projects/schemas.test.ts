import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { previewAmendment, walkChain } from "./preview-amendment";
import { addAmendmentSchema, createProjectSchema, investorRuleError, readAmount, AREA, MONEY } from "./schemas";
import { parseVsic, sectionOfDivision } from "./vsic";

const form = (overrides: Record<string, unknown> = {}) => ({
  code: "DA-1",
  ircNumber: "2163452278",
  ircFirstIssuedOn: "10/05/2023",
  ircIssuingAgency: "Ban Quản lý các KCN",
  name: "Nhà máy A",
  type: "FDI",
  leadInvestorId: "7",
  vsicCode: "C2610",
  currency: "USD",
  initialCapital: "1.234.567,89",
  status: "ACTIVE",
  ...overrides,
});

describe("VSIC 2018: the division decides the section", () => {
  it("reads classes and sub-classes with or without their letter", () => {
    expect(parseVsic("C2610")).toEqual({ ok: true, code: "C2610", section: "C" });
    expect(parseVsic("2610")).toEqual({ ok: true, code: "C2610", section: "C" });
    expect(parseVsic(" l6810 ")).toEqual({ ok: true, code: "L6810", section: "L" });
    expect(parseVsic("01110")).toEqual({ ok: true, code: "A01110", section: "A" });
    expect(parseVsic("D3511")).toEqual({ ok: true, code: "D3511", section: "D" });
  });
  it("refuses a wrong letter, a division that does not exist and other shapes", () => {
    expect(parseVsic("A2610")).toEqual({ ok: false, reason: "sectionMismatch" });
    expect(parseVsic("0400")).toEqual({ ok: false, reason: "unknownDivision" });
    expect(parseVsic("26")).toEqual({ ok: false, reason: "format" });
    expect(parseVsic("C26100X")).toEqual({ ok: false, reason: "format" });
    expect([10, 33, 35, 45, 68, 84, 99, 34, 100].map(sectionOfDivision)).toEqual(["C", "C", "D", "G", "L", "O", "U", null, null]);
  });
});

describe("the project schema", () => {
  it("reads Vietnamese amounts and dates into exact values", () => {
    const input = createProjectSchema.parse(form({ landAreaHa: "1.967,5", plannedJobs: "1.200", otherInvestorIds: "8, 7, 8, 9" }));
    expect(input).toMatchObject({
      initialCapital: "1234567.89",
      landAreaHa: "1967.5",
      plannedJobs: 1200,
      vsicCode: "C2610",
      vsicSection: "C",
      ircFirstIssuedOn: new Date("2023-05-10T00:00:00Z"),
      otherInvestorIds: [8, 9], // the lead (7) is not listed again, duplicates dropped
      isSecondary: true,
      statusDecisionOn: null,
      zoneId: null,
    });
  });

  it("reads amounts the English way when the form was in English", () => {
    expect(createProjectSchema.parse(form({ locale: "en", initialCapital: "1,234,567.89" })).initialCapital).toBe("1234567.89");
    // "1,234" means 1.234 in Vietnamese and 1234 in English: the form's language decides.
    expect(readAmount("1,234", "vi", { ...AREA, negative: false })).toEqual({ ok: true, value: "1.234" });
    expect(readAmount("1,234", "en", { ...AREA, negative: false })).toEqual({ ok: true, value: "1234" });
    expect(readAmount("1,234", "vi", { ...MONEY, negative: false })).toEqual({ ok: false, key: "projects.errors.decimals2" });
  });

  it("names each wrong VSIC code, future date and decision date before the IRC", () => {
    const result = createProjectSchema.safeParse(
      form({ vsicCode: "B2610", ircFirstIssuedOn: "01/01/2099", status: "SUSPENDED", statusDecisionNo: "1/QĐ", statusDecisionOn: "01/01/1980" }),
    );
    expect(result.success).toBe(false);
    expect(toFieldErrors(result.error!)).toEqual({
      vsicCode: [{ key: "projects.errors.vsic_sectionMismatch" }],
      ircFirstIssuedOn: [{ key: "projects.errors.dateInFuture" }],
      statusDecisionOn: [{ key: "projects.errors.dateTooEarly" }],
    });
    const before = createProjectSchema.safeParse(form({ status: "REVOKED", statusDecisionNo: "1/QĐ", statusDecisionOn: "09/05/2023" }));
    expect(toFieldErrors(before.error!)).toEqual({ statusDecisionOn: [{ key: "projects.errors.decisionBeforeIrc" }] });
  });

  it("applies the FDI/DDI investor rule unless an exception is stated", () => {
    expect(investorRuleError("FDI", "VN", null)).toBe("projects.errors.fdiNeedsForeignInvestor");
    expect(investorRuleError("FDI", "VN", "Điều 23")).toBeNull();
    expect(investorRuleError("DDI", "KR", null)).toBe("projects.errors.ddiNeedsDomesticInvestor");
    expect(investorRuleError("DDI", "VN", null)).toBeNull();
  });
});

describe("the amendment schema", () => {
  it("takes a signed delta and an empty number as 'the next one'", () => {
    expect(addAmendmentSchema.parse({ projectId: "3", amendedOn: "05/03/2026", capitalDelta: "-1.500.000,5", number: "" })).toMatchObject({
      projectId: 3,
      number: null,
      capitalDelta: "-1500000.5",
      landAreaDeltaHa: "0",
      otherChanges: null,
    });
  });
  it("refuses an amendment that changes nothing, and bad numbers", () => {
    const empty = addAmendmentSchema.safeParse({ projectId: "3", amendedOn: "05/03/2025", capitalDelta: "0" });
    expect(toFieldErrors(empty.error!)).toEqual({ otherChanges: [{ key: "projects.errors.amendmentEmpty" }] });
    const bad = addAmendmentSchema.safeParse({ projectId: "x", number: "0", amendedOn: "5-3-2025", capitalDelta: "1e5" });
    expect(toFieldErrors(bad.error!)).toEqual({
      projectId: [{ key: "invalid" }],
      number: [{ key: "projects.errors.amendmentNumberInvalid" }],
      amendedOn: [{ key: "projects.errors.dateInvalid" }],
      capitalDelta: [{ key: "projects.errors.amountInvalid" }],
    });
  });
});

describe("the amendment preview (the browser's copy of the ledger walk)", () => {
  const chain = [
    { id: 1, number: 1, amendedOn: "2024-03-10", capitalDelta: "500000.00" },
    { id: 2, number: 2, amendedOn: "2024-09-15", capitalDelta: "-50000.00" },
  ];
  it("shows before → after of a new amendment at the end, or backdated in the middle", () => {
    // 1,000,000 → 1,500,000 → 1,450,000; a new +100,000.50 today: 1,450,000 → 1,550,000.50
    expect(previewAmendment("1000000.00", chain, { number: null, amendedOn: "2025-01-01", capitalDelta: "100000.50" })).toMatchObject({
      number: 3,
      capitalBefore: "1450000.00",
      capitalAfter: "1550000.50",
      currentCapitalBefore: "1450000.00",
      currentCapitalAfter: "1550000.50",
      laterAmendments: 0,
      firstNegative: null,
    });
    // Backdated to 01/06/2024 (between #1 and #2): 1,500,000 → 1,600,000.50; one later amendment shifts.
    expect(previewAmendment("1000000.00", chain, { number: 3, amendedOn: "2024-06-01", capitalDelta: "100000.50" })).toMatchObject({
      capitalBefore: "1500000.00",
      capitalAfter: "1600000.50",
      laterAmendments: 1,
    });
  });
  it("warns when the chain would go below zero, and previews a correction in place", () => {
    const preview = previewAmendment("1000000.00", chain, { number: 1, amendedOn: "2024-03-10", capitalDelta: "-990000" }, 1);
    // #1 corrected: 1,000,000 → 10,000; #2: 10,000 → −40,000
    expect(preview).toMatchObject({ capitalBefore: "1000000.00", capitalAfter: "10000.00", currentCapitalAfter: "-40000.00" });
    expect(preview.firstNegative).toMatchObject({ number: 2, capitalAfter: "-40000.00" });
    expect(walkChain("0", []).currentCapital).toBe("0.00");
  });
});

describe("any input gives a result or field messages, never an exception", () => {
  const ODD: unknown[] = [undefined, null, "", " ", 0, -1, 1.5, 1e400, NaN, true, [], [1, "x"], {}, { a: 1 }, "x".repeat(5000), "\u0000", "1e5", "١٢٣", "<script>"];
  const SCHEMAS = { createProjectSchema, addAmendmentSchema };
  const base = { create: form(), amend: { projectId: "1", amendedOn: "05/03/2025", capitalDelta: "1" } };

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: every field, every odd value`, () => {
      const start = name === "createProjectSchema" ? base.create : base.amend;
      const fields = [...Object.keys(start), "locale", "otherInvestorIds", "zoneId", "landAreaHa", "number", "otherChanges"];
      for (const field of fields) {
        for (const value of ODD) {
          const result = (schema as typeof addAmendmentSchema).safeParse({ ...start, [field]: value });
          if (!result.success) {
            for (const message of Object.values(toFieldErrors(result.error)).flat()) expect(message.key).toMatch(/^[a-zA-Z][\w.]*$/);
          }
        }
      }
      for (const value of ODD) expect(() => (schema as typeof addAmendmentSchema).safeParse(value)).not.toThrow();
    });
  }
});
