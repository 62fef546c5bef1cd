import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write-audit";
import { assertCan } from "@/lib/auth/assert-can";
import type { CurrentUser } from "@/lib/auth/current-user";
import { SETTING_KEYS, type UpdateSettingsInput } from "./schemas";

export async function updateSettings(actor: CurrentUser | null, input: UpdateSettingsInput) {
  assertCan(actor, "settings:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.setting.findMany({ where: { key: { in: [...SETTING_KEYS] } } });
    const old = new Map(before.map((r) => [r.key, r.value]));
    const changes: Record<string, { from: string | null; to: string }> = {};
    for (const key of SETTING_KEYS) {
      const value = input[key];
      if (old.get(key) === value) continue;
      await tx.setting.upsert({
        where: { key },
        create: { key, value, updatedById: actor.id },
        update: { value, updatedById: actor.id },
      });
      changes[key] = { from: old.get(key) ?? null, to: value };
    }
    if (Object.keys(changes).length) {
      await writeAudit(tx, { actor, action: "UPDATE", entity: "Setting", entityId: "settings", changes });
    }
    return input;
  });
}
