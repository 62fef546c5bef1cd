-- CreateIndex
CREATE INDEX "Amendment_projectId_amendedOn_capitalDelta_idx" ON "Amendment"("projectId", "amendedOn", "capitalDelta");

-- CreateIndex
CREATE INDEX "Project_report_idx" ON "Project"("id", "archivedAt", "ircFirstIssuedOn", "type", "currency", "status", "statusDecisionOn", "initialCapital", "currentCapital", "zoneId", "isSecondary", "landAreaHa", "plannedJobs", "originCountry", "vsicSection");
