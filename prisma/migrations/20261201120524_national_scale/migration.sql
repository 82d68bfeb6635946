-- National scale (issue 8): indexes on every foreign key, trigram name search, the region on
-- the person, the audit chain moved to a sealing job, per-year filing counters.

-- Trigram indexes for the case-insensitive name search (trusted extension since PostgreSQL 13).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "AuditVerificationResult" AS ENUM ('OK', 'BROKEN', 'UNSEALED');

-- DropIndex
DROP INDEX "AuditEvent_hash_key";

-- DropIndex
DROP INDEX "Person_lastName_firstName_idx";

-- DropIndex
DROP INDEX "Person_officerId_idx";

-- AlterTable
ALTER TABLE "AuditEvent" DROP COLUMN "hash",
DROP COLUMN "prevHash";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "regionId" TEXT,
ALTER COLUMN "iin" SET DATA TYPE VARCHAR(12);

-- CreateTable
CREATE TABLE "AuditSeal" (
    "seq" BIGINT NOT NULL,
    "eventId" BIGINT NOT NULL,
    "prevMac" TEXT NOT NULL,
    "mac" TEXT NOT NULL,
    "sealedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditSeal_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "AuditVerification" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "result" "AuditVerificationResult" NOT NULL,
    "checked" INTEGER NOT NULL,
    "headSeq" BIGINT,
    "headMac" TEXT,
    "brokenSeq" BIGINT,
    "brokenEvent" BIGINT,
    "problem" TEXT,

    CONSTRAINT "AuditVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionFilingCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "PetitionFilingCounter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditSeal_eventId_key" ON "AuditSeal"("eventId");

-- CreateIndex
CREATE INDEX "AuditVerification_at_idx" ON "AuditVerification"("at");

-- CreateIndex
CREATE INDEX "Address_districtId_idx" ON "Address"("districtId");

-- CreateIndex
CREATE INDEX "CheckIn_restrictionId_idx" ON "CheckIn"("restrictionId");

-- CreateIndex
CREATE INDEX "CheckIn_recordedById_idx" ON "CheckIn"("recordedById");

-- CreateIndex
CREATE INDEX "Conviction_articleId_idx" ON "Conviction"("articleId");

-- CreateIndex
CREATE INDEX "Conviction_courtId_idx" ON "Conviction"("courtId");

-- CreateIndex
CREATE INDEX "Court_districtId_idx" ON "Court"("districtId");

-- CreateIndex
CREATE INDEX "CourtDecision_clerkId_idx" ON "CourtDecision"("clerkId");

-- CreateIndex
CREATE INDEX "ExtensionPetition_personId_idx" ON "ExtensionPetition"("personId");

-- CreateIndex
CREATE INDEX "ExtensionPetition_drafterId_idx" ON "ExtensionPetition"("drafterId");

-- CreateIndex
CREATE INDEX "ExtensionPetition_endorserId_idx" ON "ExtensionPetition"("endorserId");

-- CreateIndex
CREATE INDEX "Person_regionId_lastName_firstName_idx" ON "Person"("regionId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Person_officerId_lastName_firstName_idx" ON "Person"("officerId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "Person_createdById_idx" ON "Person"("createdById");

-- CreateIndex
CREATE INDEX "Person_lastName_firstName_id_idx" ON "Person"("lastName", "firstName", "id");

-- CreateIndex
CREATE INDEX "Person_lastName_trgm_idx" ON "Person" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_firstName_trgm_idx" ON "Person" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_middleName_trgm_idx" ON "Person" USING GIN ("middleName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_iin_trgm_idx" ON "Person" USING GIN ("iin" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PersonAlias_lastName_trgm_idx" ON "PersonAlias" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PersonAlias_firstName_trgm_idx" ON "PersonAlias" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ProximityFlag_facilityId_idx" ON "ProximityFlag"("facilityId");

-- CreateIndex
CREATE INDEX "Restriction_legalBasisId_idx" ON "Restriction"("legalBasisId");

-- CreateIndex
CREATE INDEX "Restriction_decisionId_idx" ON "Restriction"("decisionId");

-- CreateIndex
CREATE INDEX "SupervisionOrder_legalBasisId_idx" ON "SupervisionOrder"("legalBasisId");

-- CreateIndex
CREATE INDEX "SupervisionOrder_courtId_idx" ON "SupervisionOrder"("courtId");

-- CreateIndex
CREATE INDEX "User_courtId_idx" ON "User"("courtId");

-- CreateIndex
CREATE INDEX "User_regionId_idx" ON "User"("regionId");

-- CreateIndex
CREATE INDEX "Violation_restrictionId_idx" ON "Violation"("restrictionId");

-- CreateIndex
CREATE INDEX "Violation_recordedById_idx" ON "Violation"("recordedById");

-- CreateIndex
CREATE INDEX "ViolationStep_actorId_idx" ON "ViolationStep"("actorId");

-- CreateIndex
CREATE INDEX "Warning_legalBasisId_idx" ON "Warning"("legalBasisId");

-- CreateIndex
CREATE INDEX "Warning_issuedById_idx" ON "Warning"("issuedById");

-- CreateIndex
CREATE INDEX "Warning_outcomeRecordedById_idx" ON "Warning"("outcomeRecordedById");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The person's region follows the district, whoever writes the row (app, import, SQL seeding).
CREATE OR REPLACE FUNCTION person_region_sync() RETURNS trigger AS $$
BEGIN
  SELECT d."regionId" INTO NEW."regionId" FROM "District" d WHERE d.id = NEW."districtId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER person_region_sync
  BEFORE INSERT OR UPDATE OF "districtId", "regionId" ON "Person"
  FOR EACH ROW EXECUTE FUNCTION person_region_sync();

-- An administrator moving a district to another region moves its persons with it.
CREATE OR REPLACE FUNCTION district_region_cascade() RETURNS trigger AS $$
BEGIN
  UPDATE "Person" SET "regionId" = NEW."regionId" WHERE "districtId" = NEW.id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER district_region_cascade
  AFTER UPDATE OF "regionId" ON "District"
  FOR EACH ROW WHEN (OLD."regionId" IS DISTINCT FROM NEW."regionId")
  EXECUTE FUNCTION district_region_cascade();

UPDATE "Person" p SET "regionId" = d."regionId" FROM "District" d WHERE d.id = p."districtId";

-- Seals and verification runs are append-only like the events they protect.
CREATE OR REPLACE FUNCTION audit_chain_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_seal_append_only
  BEFORE UPDATE OR DELETE ON "AuditSeal"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_refuse_change();

CREATE TRIGGER audit_seal_no_truncate
  BEFORE TRUNCATE ON "AuditSeal"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_refuse_change();

CREATE TRIGGER audit_verification_append_only
  BEFORE UPDATE OR DELETE ON "AuditVerification"
  FOR EACH ROW EXECUTE FUNCTION audit_chain_refuse_change();

CREATE TRIGGER audit_verification_no_truncate
  BEFORE TRUNCATE ON "AuditVerification"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_refuse_change();
