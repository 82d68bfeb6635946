-- At most one open assessment (draft, submitted or returned) per person: a second "start" finds
-- the open one instead of creating another, and two starts at the same moment cannot both insert
-- (docs/decisions/026-risk-assessment-workflow.md).
CREATE UNIQUE INDEX "RiskAssessment_one_open_idx" ON "RiskAssessment"("personId") WHERE "status" IN ('DRAFT', 'SUBMITTED', 'RETURNED');
