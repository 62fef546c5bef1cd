-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('PROJECTS', 'AMENDMENTS', 'ZONES', 'ZONE_PROGRESS', 'ACTUALS');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('VALIDATING', 'READY', 'COMMITTING', 'COMMITTED', 'FAILED');

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'VALIDATING',
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "headers" JSONB NOT NULL,
    "cells" JSONB NOT NULL,
    "mapping" JSONB,
    "preview" JSONB,
    "counts" JSONB,
    "failure" TEXT,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "committedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportJob_createdById_createdAt_idx" ON "ImportJob"("createdById", "createdAt");

-- AddForeignKey
ALTER TABLE "ImportJob" ADD CONSTRAINT "ImportJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
