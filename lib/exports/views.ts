import "server-only";
import { amendmentsView } from "./views/amendments";
import { investorsView } from "./views/investors";
import { projectsView } from "./views/projects";
import { zoneProgressView } from "./views/zone-progress";
import { zonesView } from "./views/zones";
import type { ExportViewName, ViewDefinition } from "./view";

/** A view's definition; the row type stays inside it (the runner only passes rows to its own `cells`). */
export function viewDefinition(view: ExportViewName): ViewDefinition<never> {
  const views: Record<ExportViewName, ViewDefinition<never>> = {
    projects: projectsView,
    amendments: amendmentsView,
    investors: investorsView,
    zones: zonesView,
    "zone-progress": zoneProgressView,
  };
  return views[view];
}
