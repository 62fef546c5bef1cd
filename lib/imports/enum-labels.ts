import enProjects from "@/lib/i18n/messages/en/projects.json";
import viProjects from "@/lib/i18n/messages/vi/projects.json";

type Labels<T extends string> = Record<T, readonly string[]>;

function both<T extends string>(vi: Record<T, string>, en: Record<T, string>, ...more: Record<T, string>[]): Labels<T> {
  const out = {} as Record<T, string[]>;
  for (const code of Object.keys(vi) as T[]) out[code] = [vi[code], en[code], ...more.map((m) => m[code])];
  return out;
}

// The labels a projects export writes (the user's language) and the import reads back.
export const PROJECT_ENUM_LABELS = {
  type: both(viProjects.projects.types, enProjects.projects.types, viProjects.projects.typeShort),
  status: both(viProjects.projects.statuses, enProjects.projects.statuses),
  currency: both(viProjects.projects.currencies, enProjects.projects.currencies),
};
