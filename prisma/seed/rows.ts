import type { Decimal } from "@prisma/client/runtime/client";
import type {
  AmendmentModel,
  ExchangeRateModel,
  IndicatorActualModel,
  InvestorModel,
  PlanTargetModel,
  ProjectInvestorModel,
  ProjectModel,
  SettingModel,
  UserModel,
  ZoneModel,
  ZoneProgressUpdateModel,
} from "../../lib/generated/prisma/models";

// Rows are derived from Prisma's models so that a schema change breaks the seed at compile time.
// Values are the text that PostgreSQL parses (exact decimals, YYYY-MM-DD dates, UTC timestamps):
// the generators stay comparable byte for byte and the bulk insert needs no conversion.
type Column<T> = T extends Decimal[] ? string[] : T extends Decimal ? string : T extends Date ? string : T;
// Columns the database fills (defaults, triggers) are left out; they are named even when the generated client
// predates them (searchText), hence PropertyKey rather than keyof M.
type Row<M, Filled extends PropertyKey = never> = { [K in Exclude<keyof M, Filled>]: Column<M[K]> };

export type SettingRow = Row<SettingModel, "updatedById">;
export type UserRow = Row<UserModel, "failedLoginCount" | "failedWindowStart" | "lockedUntil" | "lastLoginAt" | "version">;
/** A demo user before its password is hashed (argon2 salts are random, so hashes are not part of the dataset). */
export type UserSeed = Omit<UserRow, "passwordHash"> & { password: string };
/** Prisma's implicit many-to-many table for User.zones: A is the user, B the zone. */
export interface UserZoneRow {
  A: number;
  B: number;
}
export type ZoneRow = Row<ZoneModel, "version" | "archivedAt">;
export type ZoneProgressRow = Row<ZoneProgressUpdateModel, "version" | "createdById">;
export type InvestorRow = Row<InvestorModel, "version" | "searchText">;
export type ProjectRow = Row<ProjectModel, "archivedAt" | "createdById" | "searchText">;
export type ProjectInvestorRow = Row<ProjectInvestorModel>;
export type AmendmentRow = Row<AmendmentModel, "version" | "correctedAt" | "createdById">;
export type ExchangeRateRow = Row<ExchangeRateModel, "version">;
export type PlanTargetRow = Row<PlanTargetModel, "version">;
export type IndicatorActualRow = Row<IndicatorActualModel, "version" | "createdById">;

export interface Dataset {
  settings: SettingRow[];
  users: UserSeed[];
  userZones: UserZoneRow[];
  zones: ZoneRow[];
  zoneProgress: ZoneProgressRow[];
  investors: InvestorRow[];
  projects: ProjectRow[];
  projectInvestors: ProjectInvestorRow[];
  amendments: AmendmentRow[];
  exchangeRates: ExchangeRateRow[];
  planTargets: PlanTargetRow[];
  indicatorActuals: IndicatorActualRow[];
}
