-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'MANAGER', 'STAFF', 'VIEWER');

-- CreateEnum
CREATE TYPE "ZoneKind" AS ENUM ('KCN', 'CCN');

-- CreateEnum
CREATE TYPE "ZoneStatus" AS ENUM ('PLANNED', 'ESTABLISHED', 'OPERATING');

-- CreateEnum
CREATE TYPE "InfrastructureStatus" AS ENUM ('NOT_STARTED', 'UNDER_CONSTRUCTION', 'BASICALLY_COMPLETE');

-- CreateEnum
CREATE TYPE "InvestmentType" AS ENUM ('FDI', 'DDI');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'EXTENDED', 'TERMINATED', 'REVOKED');

-- CreateEnum
CREATE TYPE "InvestorKind" AS ENUM ('ORGANIZATION', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "Currency" AS ENUM ('USD', 'VND');

-- CreateEnum
CREATE TYPE "RateSource" AS ENUM ('SBV_CENTRAL', 'IRC', 'PLAN_YEAR', 'OTHER');

-- CreateEnum
CREATE TYPE "Indicator" AS ENUM ('INDUSTRIAL_PRODUCTION_VALUE', 'EXPORT_VALUE', 'REGISTERED_CAPITAL_CONVERTED', 'NEW_PROJECTS', 'JOBS');

-- CreateEnum
CREATE TYPE "ScopeKind" AS ENUM ('PROVINCE', 'ALL_KCN', 'ALL_CCN', 'ZONE');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE', 'CORRECT', 'IMPORT', 'EXPORT', 'GENERATE', 'LOGIN', 'LOGIN_FAILED', 'LOCKED');

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "failedWindowStart" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Zone" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ZoneKind" NOT NULL,
    "district" TEXT NOT NULL,
    "status" "ZoneStatus" NOT NULL DEFAULT 'PLANNED',
    "inPlan2030" BOOLEAN NOT NULL DEFAULT false,
    "priorityFromYear" INTEGER,
    "priorityToYear" INTEGER,
    "establishingDecisionNo" TEXT,
    "establishingDecisionDate" DATE,
    "infrastructureInvestor" TEXT,
    "totalAreaHa" DECIMAL(12,4) NOT NULL,
    "leasableAreaHa" DECIMAL(12,4) NOT NULL,
    "constructionPlanApproved" BOOLEAN NOT NULL DEFAULT false,
    "infrastructureStatus" "InfrastructureStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneProgressUpdate" (
    "id" SERIAL NOT NULL,
    "zoneId" INTEGER NOT NULL,
    "reportedOn" DATE NOT NULL,
    "landClearedHa" DECIMAL(12,4) NOT NULL,
    "landToClearHa" DECIMAL(12,4) NOT NULL,
    "infrastructurePct" DECIMAL(5,2) NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZoneProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Investor" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "InvestorKind" NOT NULL DEFAULT 'ORGANIZATION',
    "country" CHAR(2) NOT NULL,
    "identifier" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Investor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "ircNumber" TEXT NOT NULL,
    "ircFirstIssuedOn" DATE NOT NULL,
    "ircIssuingAgency" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "InvestmentType" NOT NULL,
    "leadInvestorId" INTEGER NOT NULL,
    "originCountry" CHAR(2) NOT NULL,
    "investorException" TEXT,
    "zoneId" INTEGER,
    "isSecondary" BOOLEAN NOT NULL DEFAULT true,
    "vsicCode" TEXT NOT NULL,
    "vsicSection" CHAR(1) NOT NULL,
    "currency" "Currency" NOT NULL,
    "initialCapital" DECIMAL(20,2) NOT NULL,
    "currentCapital" DECIMAL(20,2) NOT NULL,
    "landAreaHa" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "plannedJobs" INTEGER NOT NULL DEFAULT 0,
    "status" "ProjectStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusDecisionNo" TEXT,
    "statusDecisionOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectInvestor" (
    "projectId" INTEGER NOT NULL,
    "investorId" INTEGER NOT NULL,
    "isLead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ProjectInvestor_pkey" PRIMARY KEY ("projectId","investorId")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "amendedOn" DATE NOT NULL,
    "capitalDelta" DECIMAL(20,2) NOT NULL,
    "capitalBefore" DECIMAL(20,2) NOT NULL,
    "capitalAfter" DECIMAL(20,2) NOT NULL,
    "landAreaDeltaHa" DECIMAL(12,4) NOT NULL DEFAULT 0,
    "otherChanges" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "correctedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" SERIAL NOT NULL,
    "base" "Currency" NOT NULL DEFAULT 'USD',
    "quote" "Currency" NOT NULL DEFAULT 'VND',
    "rate" DECIMAL(14,4) NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "source" "RateSource" NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTarget" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "indicator" "Indicator" NOT NULL,
    "scopeKind" "ScopeKind" NOT NULL,
    "zoneId" INTEGER,
    "scopeKey" TEXT NOT NULL,
    "target" DECIMAL(24,2) NOT NULL,
    "unit" TEXT NOT NULL,
    "monthlySplit" DECIMAL(24,2)[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorActual" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "indicator" "Indicator" NOT NULL,
    "scopeKind" "ScopeKind" NOT NULL,
    "zoneId" INTEGER,
    "scopeKey" TEXT NOT NULL,
    "value" DECIMAL(24,2) NOT NULL,
    "isEstimate" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndicatorActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorEmail" TEXT,
    "action" "AuditAction" NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB,
    "meta" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_UserZones" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_UserZones_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Zone_code_key" ON "Zone"("code");

-- CreateIndex
CREATE INDEX "Zone_kind_status_idx" ON "Zone"("kind", "status");

-- CreateIndex
CREATE INDEX "Zone_district_idx" ON "Zone"("district");

-- CreateIndex
CREATE INDEX "ZoneProgressUpdate_zoneId_reportedOn_idx" ON "ZoneProgressUpdate"("zoneId", "reportedOn");

-- CreateIndex
CREATE INDEX "Investor_name_idx" ON "Investor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Investor_country_identifier_key" ON "Investor"("country", "identifier");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Project_ircNumber_key" ON "Project"("ircNumber");

-- CreateIndex
CREATE INDEX "Project_ircFirstIssuedOn_idx" ON "Project"("ircFirstIssuedOn");

-- CreateIndex
CREATE INDEX "Project_type_status_idx" ON "Project"("type", "status");

-- CreateIndex
CREATE INDEX "Project_zoneId_status_idx" ON "Project"("zoneId", "status");

-- CreateIndex
CREATE INDEX "Project_originCountry_idx" ON "Project"("originCountry");

-- CreateIndex
CREATE INDEX "Project_vsicSection_idx" ON "Project"("vsicSection");

-- CreateIndex
CREATE INDEX "Project_currentCapital_idx" ON "Project"("currentCapital");

-- CreateIndex
CREATE INDEX "ProjectInvestor_investorId_idx" ON "ProjectInvestor"("investorId");

-- CreateIndex
CREATE INDEX "Amendment_amendedOn_idx" ON "Amendment"("amendedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Amendment_projectId_number_key" ON "Amendment"("projectId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_base_quote_source_effectiveOn_key" ON "ExchangeRate"("base", "quote", "source", "effectiveOn");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTarget_year_indicator_scopeKey_key" ON "PlanTarget"("year", "indicator", "scopeKey");

-- CreateIndex
CREATE INDEX "IndicatorActual_indicator_year_month_idx" ON "IndicatorActual"("indicator", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorActual_scopeKey_indicator_year_month_key" ON "IndicatorActual"("scopeKey", "indicator", "year", "month");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_at_idx" ON "AuditEvent"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "_UserZones_B_index" ON "_UserZones"("B");

-- AddForeignKey
ALTER TABLE "ZoneProgressUpdate" ADD CONSTRAINT "ZoneProgressUpdate_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_leadInvestorId_fkey" FOREIGN KEY ("leadInvestorId") REFERENCES "Investor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInvestor" ADD CONSTRAINT "ProjectInvestor_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectInvestor" ADD CONSTRAINT "ProjectInvestor_investorId_fkey" FOREIGN KEY ("investorId") REFERENCES "Investor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorActual" ADD CONSTRAINT "IndicatorActual_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UserZones" ADD CONSTRAINT "_UserZones_A_fkey" FOREIGN KEY ("A") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_UserZones" ADD CONSTRAINT "_UserZones_B_fkey" FOREIGN KEY ("B") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;
