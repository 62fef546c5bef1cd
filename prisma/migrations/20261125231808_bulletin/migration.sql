-- CreateTable
CREATE TABLE "Bulletin" (
    "id" SERIAL NOT NULL,
    "reportDate" DATE NOT NULL,
    "generatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generatedById" INTEGER NOT NULL,
    "generatedByName" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "xlsx" BYTEA NOT NULL,
    "pdf" BYTEA NOT NULL,

    CONSTRAINT "Bulletin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Bulletin_generatedAt_idx" ON "Bulletin"("generatedAt");
