-- A hearing's time and courtroom, and the history of its changes (docs/decisions/020-clerk-queue-and-audit-labels.md).

-- AlterTable
ALTER TABLE "ExtensionPetition" ADD COLUMN     "courtroom" TEXT,
ADD COLUMN     "hearingAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HearingChange" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "changedById" TEXT NOT NULL,
    "previousAt" TIMESTAMP(3),
    "previousCourtroom" TEXT,
    "hearingAt" TIMESTAMP(3) NOT NULL,
    "courtroom" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HearingChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HearingChange_petitionId_createdAt_idx" ON "HearingChange"("petitionId", "createdAt");

-- CreateIndex
CREATE INDEX "HearingChange_changedById_idx" ON "HearingChange"("changedById");

-- AddForeignKey
ALTER TABLE "HearingChange" ADD CONSTRAINT "HearingChange_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "ExtensionPetition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingChange" ADD CONSTRAINT "HearingChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
