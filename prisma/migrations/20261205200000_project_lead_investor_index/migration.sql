-- An investor's projects are found by their lead investor (investor page, delete check) without a
-- scan of every project.
CREATE INDEX "Project_leadInvestorId_idx" ON "Project"("leadInvestorId");
