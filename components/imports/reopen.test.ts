import { describe, expect, it } from "vitest";
import { reopened } from "./reopen";

const counts = { create: 2, update: 1, skip: 0, error: 0 };

describe("a job opened from its URL", () => {
  it("COMMITTED shows its result", () => {
    expect(reopened({ status: "COMMITTED", counts, failure: null })).toEqual({ step: "result", counts });
  });
  it("COMMITTING shows the progress until it ends", () => {
    expect(reopened({ status: "COMMITTING", counts, failure: null })).toEqual({ step: "committing" });
  });
  it("READY with bad rows shows the preview's errors first", () => {
    expect(reopened({ status: "READY", counts: { ...counts, error: 3 }, failure: null })).toEqual({ step: "preview", filter: "error", failure: null });
  });
  it("READY after an interrupted commit says so, and offers the commit again", () => {
    expect(reopened({ status: "READY", counts, failure: "imports.errors.interrupted" })).toEqual({ step: "preview", filter: "", failure: "imports.errors.interrupted" });
  });
  it("a job not yet previewed shows its mapping step", () => {
    expect(reopened({ status: "VALIDATING", counts: null, failure: null })).toEqual({ step: "preview", filter: "", failure: null });
  });
});
