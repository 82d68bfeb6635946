-- When the officer was told of a reassessment due (docs/decisions/027-risk-reassessment-dues.md).

-- AlterTable
ALTER TABLE "RiskReassessmentDue" ADD COLUMN     "notifiedAt" TIMESTAMP(3);
