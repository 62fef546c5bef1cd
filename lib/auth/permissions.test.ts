import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "./permissions";

describe("the role → permission table", () => {
  it("gives ADMIN everything and VIEWER only reading, and exporting what it reads", () => {
    for (const p of PERMISSIONS) expect(can("ADMIN", p)).toBe(true);
    // "Everyone exports the tables" (issue 6): an export is a read.
    expect(ROLE_PERMISSIONS.VIEWER.every((p) => (p.endsWith(":read") && p !== "audit:read") || p === "exports:run")).toBe(true);
    expect(can("VIEWER", "exports:run")).toBe(true);
    expect(can("VIEWER", "imports:run")).toBe(false);
  });

  it("matches the roles of the foundation issue", () => {
    // MANAGER: reads everything, sets plans and targets, exports, signs off reports.
    for (const p of ["plans:write", "exports:run", "reports:generate", "rates:write"] as const) expect(can("MANAGER", p)).toBe(true);
    // STAFF: creates and edits projects, amendments, zone progress and monthly indicators.
    for (const p of ["projects:write", "progress:write", "actuals:write"] as const) expect(can("STAFF", p)).toBe(true);
    for (const p of ["plans:write", "rates:write", "reports:generate", "zones:decide", "actuals:finalize"] as const) expect(can("STAFF", p)).toBe(false);
    for (const role of ROLES.filter((r) => r !== "ADMIN")) {
      expect(can(role, "users:manage")).toBe(false);
      expect(can(role, "settings:manage")).toBe(false);
    }
  });

  it("only names known permissions", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
  });
});
