-- CreateEnum
CREATE TYPE "CheckInSource" AS ENUM ('SCHEDULE', 'AD_HOC', 'UNSCHEDULED');

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "curfewCheck" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "evidenceDueAt" TIMESTAMP(3),
ADD COLUMN     "recordedAt" TIMESTAMP(3),
ADD COLUMN     "recordedById" TEXT,
ADD COLUMN     "restrictionId" TEXT,
ADD COLUMN     "slotKey" TEXT,
ADD COLUMN     "source" "CheckInSource" NOT NULL DEFAULT 'SCHEDULE';

-- AlterTable
ALTER TABLE "Violation" ADD COLUMN     "checkInId" TEXT,
ADD COLUMN     "dismissReason" TEXT,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "penalty" TEXT,
ADD COLUMN     "protocolDate" DATE,
ADD COLUMN     "protocolNumber" TEXT,
ADD COLUMN     "referralNumber" TEXT;

-- CreateTable
CREATE TABLE "ViolationStep" (
    "id" TEXT NOT NULL,
    "violationId" TEXT NOT NULL,
    "fromStatus" "ViolationStatus",
    "toStatus" "ViolationStatus" NOT NULL,
    "actorId" TEXT NOT NULL,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ViolationStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "violationId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ViolationStep_violationId_at_idx" ON "ViolationStep"("violationId", "at");

-- CreateIndex
CREATE INDEX "Evidence_violationId_idx" ON "Evidence"("violationId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_slotKey_key" ON "CheckIn"("slotKey");

-- CreateIndex
CREATE INDEX "CheckIn_outcome_scheduledAt_idx" ON "CheckIn"("outcome", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Violation_checkInId_key" ON "Violation"("checkInId");

-- CreateIndex
CREATE UNIQUE INDEX "Violation_idempotencyKey_key" ON "Violation"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_restrictionId_fkey" FOREIGN KEY ("restrictionId") REFERENCES "Restriction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Violation" ADD CONSTRAINT "Violation_checkInId_fkey" FOREIGN KEY ("checkInId") REFERENCES "CheckIn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViolationStep" ADD CONSTRAINT "ViolationStep_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ViolationStep" ADD CONSTRAINT "ViolationStep_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
