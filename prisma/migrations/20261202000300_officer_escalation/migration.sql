-- Officers' part in escalation (issue 12; docs/decisions/018-officer-escalation.md): petition flags, escalation proposals, found address changes.

-- CreateEnum
CREATE TYPE "PetitionFlagStatus" AS ENUM ('OPEN', 'WITHDRAWN', 'USED');

-- CreateEnum
CREATE TYPE "OfficerProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'SUPERSEDED');

-- CreateTable
CREATE TABLE "PetitionFlag" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "openPersonId" TEXT,
    "status" "PetitionFlagStatus" NOT NULL DEFAULT 'OPEN',
    "grounds" TEXT[],
    "reasons" TEXT NOT NULL,
    "flaggedById" TEXT NOT NULL,
    "withdrawnById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawReason" TEXT,
    "petitionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PetitionFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationProposal" (
    "id" TEXT NOT NULL,
    "violationId" TEXT NOT NULL,
    "openViolationId" TEXT,
    "toStatus" "ViolationStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "OfficerProposalStatus" NOT NULL DEFAULT 'PENDING',
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "EscalationProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AddressChange" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "address" JSONB NOT NULL,
    "foundOn" DATE NOT NULL,
    "note" TEXT,
    "status" "OfficerProposalStatus" NOT NULL DEFAULT 'PENDING',
    "reportedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectReason" TEXT,
    "addressId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AddressChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PetitionFlag_openPersonId_key" ON "PetitionFlag"("openPersonId");

-- CreateIndex
CREATE INDEX "PetitionFlag_personId_createdAt_idx" ON "PetitionFlag"("personId", "createdAt");

-- CreateIndex
CREATE INDEX "PetitionFlag_flaggedById_idx" ON "PetitionFlag"("flaggedById");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationProposal_openViolationId_key" ON "EscalationProposal"("openViolationId");

-- CreateIndex
CREATE INDEX "EscalationProposal_violationId_createdAt_idx" ON "EscalationProposal"("violationId", "createdAt");

-- CreateIndex
CREATE INDEX "EscalationProposal_status_createdAt_idx" ON "EscalationProposal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EscalationProposal_proposedById_idx" ON "EscalationProposal"("proposedById");

-- CreateIndex
CREATE INDEX "AddressChange_personId_status_idx" ON "AddressChange"("personId", "status");

-- CreateIndex
CREATE INDEX "AddressChange_status_createdAt_idx" ON "AddressChange"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AddressChange_reportedById_idx" ON "AddressChange"("reportedById");

-- AddForeignKey
ALTER TABLE "PetitionFlag" ADD CONSTRAINT "PetitionFlag_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionFlag" ADD CONSTRAINT "PetitionFlag_flaggedById_fkey" FOREIGN KEY ("flaggedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationProposal" ADD CONSTRAINT "EscalationProposal_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "Violation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationProposal" ADD CONSTRAINT "EscalationProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AddressChange" ADD CONSTRAINT "AddressChange_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AddressChange" ADD CONSTRAINT "AddressChange_reportedById_fkey" FOREIGN KEY ("reportedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;