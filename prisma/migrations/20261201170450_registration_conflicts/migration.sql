-- Attempts to register an IIN already registered outside the submitter's scope (docs/decisions/010-no-iin-existence-oracle.md).

-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('FORM', 'IMPORT');

-- CreateTable
CREATE TABLE "RegistrationConflict" (
    "id" TEXT NOT NULL,
    "submittedIin" VARCHAR(12) NOT NULL,
    "source" "RegistrationSource" NOT NULL,
    "submittedById" TEXT NOT NULL,
    "targetDistrictId" TEXT NOT NULL,
    "targetRegionId" TEXT NOT NULL,
    "existingPersonId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RegistrationConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegistrationConflict_targetRegionId_resolvedAt_createdAt_idx" ON "RegistrationConflict"("targetRegionId", "resolvedAt", "createdAt");

-- CreateIndex
CREATE INDEX "RegistrationConflict_submittedById_idx" ON "RegistrationConflict"("submittedById");

-- CreateIndex
CREATE INDEX "RegistrationConflict_targetDistrictId_idx" ON "RegistrationConflict"("targetDistrictId");

-- CreateIndex
CREATE INDEX "RegistrationConflict_existingPersonId_idx" ON "RegistrationConflict"("existingPersonId");

-- CreateIndex
CREATE INDEX "RegistrationConflict_resolvedById_idx" ON "RegistrationConflict"("resolvedById");

-- AddForeignKey
ALTER TABLE "RegistrationConflict" ADD CONSTRAINT "RegistrationConflict_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationConflict" ADD CONSTRAINT "RegistrationConflict_targetDistrictId_fkey" FOREIGN KEY ("targetDistrictId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationConflict" ADD CONSTRAINT "RegistrationConflict_targetRegionId_fkey" FOREIGN KEY ("targetRegionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationConflict" ADD CONSTRAINT "RegistrationConflict_existingPersonId_fkey" FOREIGN KEY ("existingPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationConflict" ADD CONSTRAINT "RegistrationConflict_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
