import type { Locale } from "./locale";
import enAudit from "./messages/en/audit.json";
import enCore from "./messages/en/core.json";
import enDashboard from "./messages/en/dashboard.json";
import enInvestors from "./messages/en/investors.json";
import enPlans from "./messages/en/plans.json";
import enProjectList from "./messages/en/project-list.json";
import enProjects from "./messages/en/projects.json";
import enRates from "./messages/en/rates.json";
import enTable from "./messages/en/table.json";
import enZoneList from "./messages/en/zone-list.json";
import enZones from "./messages/en/zones.json";
import enExports from "./messages/en/exports.json";
import enBulletin from "./messages/en/bulletin.json";
import enImports from "./messages/en/imports.json";
import viAudit from "./messages/vi/audit.json";
import viCore from "./messages/vi/core.json";
import viDashboard from "./messages/vi/dashboard.json";
import viInvestors from "./messages/vi/investors.json";
import viPlans from "./messages/vi/plans.json";
import viProjectList from "./messages/vi/project-list.json";
import viProjects from "./messages/vi/projects.json";
import viRates from "./messages/vi/rates.json";
import viTable from "./messages/vi/table.json";
import viZoneList from "./messages/vi/zone-list.json";
import viZones from "./messages/vi/zones.json";
import viExports from "./messages/vi/exports.json";
import viBulletin from "./messages/vi/bulletin.json";
import viImports from "./messages/vi/imports.json";

// One file per domain and language, so that features do not all edit one catalogue. Each file's
// top-level keys are namespaces (e.g. "projects"); a test checks that vi and en have the same keys.
const CATALOGS = {
  vi: { ...viCore, ...viDashboard, ...viTable, ...viProjectList, ...viAudit, ...viProjects, ...viInvestors, ...viRates, ...viZoneList, ...viZones, ...viPlans, ...viExports, ...viBulletin, ...viImports },
  en: { ...enCore, ...enDashboard, ...enTable, ...enProjectList, ...enAudit, ...enProjects, ...enInvestors, ...enRates, ...enZoneList, ...enZones, ...enPlans, ...enExports, ...enBulletin, ...enImports },
};

export type Messages = (typeof CATALOGS)["vi"];

export function loadMessages(locale: Locale): Messages {
  return CATALOGS[locale];
}
