import { PROJECT_COLUMNS } from "@/lib/spreadsheet/project-columns";
import type { ImportKindDef } from "../types";
import { commitProjects } from "./commit-projects";
import { validateProjects, type ProjectPlan } from "./validate-projects";

export const PROJECTS_KIND: ImportKindDef<ProjectPlan> = {
  columns: PROJECT_COLUMNS,
  permission: "projects:write",
  required: ["code", "ircNumber", "name", "type", "leadInvestorName", "leadInvestorCountry", "currency", "initialCapital"],
  example: {
    code: "DA-VD-001",
    ircNumber: "2123456789",
    ircFirstIssuedOn: "15/03/2024",
    ircIssuingAgency: "Ban Quản lý các KCN tỉnh",
    name: "Nhà máy sản xuất linh kiện điện tử (ví dụ)",
    type: "FDI",
    leadInvestorName: "Công ty TNHH Ví dụ Hàn Quốc",
    leadInvestorCountry: "KR",
    leadInvestorIdentifier: "KR-0001",
    investorException: "",
    zoneCode: "",
    isSecondary: "Có",
    vsicCode: "C2610",
    currency: "USD",
    initialCapital: 15_000_000,
    landAreaHa: 5.5,
    plannedJobs: 800,
    status: "Đang hoạt động",
    statusDecisionNo: "",
    statusDecisionOn: "",
  },
  validate: validateProjects,
  commit: commitProjects,
};
