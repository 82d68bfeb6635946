-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "registryWithheldAt" TIMESTAMP(3),
ADD COLUMN     "registryWithheldReason" TEXT;

-- AlterTable
ALTER TABLE "Warning" ADD COLUMN     "language" "PetitionLanguage" NOT NULL DEFAULT 'RU',
ADD COLUMN     "outcomeRecordedAt" TIMESTAMP(3),
ADD COLUMN     "outcomeRecordedById" TEXT,
ADD COLUMN     "pdf" BYTEA,
ADD COLUMN     "refusedOn" DATE;

-- CreateIndex
CREATE INDEX "Warning_type_outcome_idx" ON "Warning"("type", "outcome");

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_outcomeRecordedById_fkey" FOREIGN KEY ("outcomeRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
