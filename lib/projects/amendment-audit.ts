import "server-only";
import { AppError } from "@/lib/actions/app-error";
import type { Changes } from "@/lib/audit/write-audit";
import { toDecimal } from "@/lib/format";
import type { AmendmentModel } from "@/lib/generated/prisma/models";
import { AREA } from "./schemas";

type Row = Pick<AmendmentModel, "number" | "amendedOn" | "capitalDelta" | "capitalBefore" | "capitalAfter" | "landAreaDeltaHa" | "otherChanges">;

const FIELDS = ["number", "amendedOn", "capitalDelta", "capitalBefore", "capitalAfter", "landAreaDeltaHa", "otherChanges"] as const;

function value(row: Row, field: (typeof FIELDS)[number]) {
  const v = row[field];
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number" || typeof v === "string") return v;
  return field === "landAreaDeltaHa" ? v.toString() : v.toFixed(2);
}

/**
 * Field-level { from, to } of an amendment (every field from null for a creation), plus what it
 * did to the project: its current capital and land area, when they changed.
 */
export function amendmentAudit(before: Row | null, after: Row, project: Record<"currentCapital" | "landAreaHa", { from: string; to: string }>): Changes {
  const changes: Changes = {};
  for (const field of FIELDS) {
    const from = before ? value(before, field) : null;
    const to = value(after, field);
    if (from !== to) changes[field] = { from, to };
  }
  for (const [field, change] of Object.entries(project)) {
    const from = toDecimal(change.from);
    const to = toDecimal(change.to);
    if (from && to && !from.eq(to)) changes[field] = { from: field === "currentCapital" ? from.toFixed(2) : from.toString(), to: field === "currentCapital" ? to.toFixed(2) : to.toString() };
  }
  return changes;
}

const AREA_LIMIT = toDecimal(`1e${AREA.integerDigits}`);

/**
 * The project's land area after an amendment's land delta. Land added by an amendment is part of
 * the project's current leased land (what occupancy reports sum); it may not fall below zero.
 */
export function checkLandArea(current: string, delta: string): { changed: boolean; after: string } {
  const d = toDecimal(delta);
  const c = toDecimal(current);
  if (!d || !c) throw new AppError("VALIDATION", { landAreaDeltaHa: [{ key: "projects.errors.amountInvalid" }] });
  const after = c.plus(d);
  if (after.isNegative() && !after.isZero()) throw new AppError("VALIDATION", { landAreaDeltaHa: [{ key: "projects.errors.landBelowZero" }] });
  if (AREA_LIMIT && after.gte(AREA_LIMIT)) throw new AppError("VALIDATION", { landAreaDeltaHa: [{ key: "projects.errors.amountTooLarge" }] });
  return { changed: !d.isZero(), after: after.toString() };
}
