-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING_REVIEW', 'REVIEWED');

-- AlterTable
ALTER TABLE "ExtensionPetition" ADD COLUMN     "courtReason" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'REVIEWED',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" TEXT;

-- CreateIndex
CREATE INDEX "Person_reviewedById_idx" ON "Person"("reviewedById");

-- CreateIndex
CREATE INDEX "Person_reviewStatus_regionId_lastName_firstName_id_idx" ON "Person"("reviewStatus", "regionId", "lastName", "firstName", "id");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Persons imported before review existed (created by an administrator, the only role that
-- imports, and never given an officer) land in review like later imports: they leave the public
-- registry until a supervisor reviews and assigns them (docs/import.md).
UPDATE "Person" p SET "reviewStatus" = 'PENDING_REVIEW'
FROM "User" u
WHERE u.id = p."createdById" AND u.role = 'ADMIN' AND p."officerId" IS NULL;
