-- Public-order warnings for persons outside supervision (issue 14; docs/decisions/030-public-order-warnings.md).

-- AlterTable
ALTER TABLE "Warning" ADD COLUMN     "publicOrderPersonId" TEXT,
ALTER COLUMN "personId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PublicOrderPerson" (
    "id" TEXT NOT NULL,
    "iin" VARCHAR(12) NOT NULL,
    "lastName" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "middleName" TEXT,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "districtId" TEXT NOT NULL,
    "regionId" TEXT NOT NULL,
    "locality" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "building" TEXT NOT NULL,
    "apartment" TEXT,
    "createdById" TEXT NOT NULL,
    "lastIncidentOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PublicOrderPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentKind" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "IncidentKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicOrderIncident" (
    "id" TEXT NOT NULL,
    "publicOrderPersonId" TEXT,
    "personId" TEXT,
    "occurredOn" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "protocolNumber" TEXT,
    "description" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicOrderIncident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentFile" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WarningIncident" (
    "warningId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,

    CONSTRAINT "WarningIncident_pkey" PRIMARY KEY ("warningId","incidentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicOrderPerson_iin_key" ON "PublicOrderPerson"("iin");

-- CreateIndex
CREATE INDEX "PublicOrderPerson_districtId_lastName_firstName_idx" ON "PublicOrderPerson"("districtId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "PublicOrderPerson_regionId_lastName_firstName_idx" ON "PublicOrderPerson"("regionId", "lastName", "firstName");

-- CreateIndex
CREATE INDEX "PublicOrderPerson_lastIncidentOn_idx" ON "PublicOrderPerson"("lastIncidentOn");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentKind_code_key" ON "IncidentKind"("code");

-- CreateIndex
CREATE INDEX "PublicOrderIncident_publicOrderPersonId_occurredOn_idx" ON "PublicOrderIncident"("publicOrderPersonId", "occurredOn");

-- CreateIndex
CREATE INDEX "PublicOrderIncident_personId_occurredOn_idx" ON "PublicOrderIncident"("personId", "occurredOn");

-- CreateIndex
CREATE INDEX "PublicOrderIncident_kindId_idx" ON "PublicOrderIncident"("kindId");

-- CreateIndex
CREATE INDEX "PublicOrderIncident_recordedById_idx" ON "PublicOrderIncident"("recordedById");

-- CreateIndex
CREATE INDEX "IncidentFile_incidentId_idx" ON "IncidentFile"("incidentId");

-- CreateIndex
CREATE INDEX "WarningIncident_incidentId_idx" ON "WarningIncident"("incidentId");

-- CreateIndex
CREATE INDEX "Warning_publicOrderPersonId_type_idx" ON "Warning"("publicOrderPersonId", "type");

-- AddForeignKey
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_publicOrderPersonId_fkey" FOREIGN KEY ("publicOrderPersonId") REFERENCES "PublicOrderPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderPerson" ADD CONSTRAINT "PublicOrderPerson_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderPerson" ADD CONSTRAINT "PublicOrderPerson_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderPerson" ADD CONSTRAINT "PublicOrderPerson_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderIncident" ADD CONSTRAINT "PublicOrderIncident_publicOrderPersonId_fkey" FOREIGN KEY ("publicOrderPersonId") REFERENCES "PublicOrderPerson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderIncident" ADD CONSTRAINT "PublicOrderIncident_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderIncident" ADD CONSTRAINT "PublicOrderIncident_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "IncidentKind"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOrderIncident" ADD CONSTRAINT "PublicOrderIncident_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentFile" ADD CONSTRAINT "IncidentFile_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "PublicOrderIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningIncident" ADD CONSTRAINT "WarningIncident_warningId_fkey" FOREIGN KEY ("warningId") REFERENCES "Warning"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WarningIncident" ADD CONSTRAINT "WarningIncident_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "PublicOrderIncident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Foreign keys are indexed (tests/integration/sql-twins.test.ts).
CREATE INDEX "PublicOrderPerson_createdById_idx" ON "PublicOrderPerson"("createdById");

-- Exactly one subject per warning and per incident.
ALTER TABLE "Warning" ADD CONSTRAINT "Warning_one_subject" CHECK (num_nonnulls("personId", "publicOrderPersonId") = 1);
ALTER TABLE "PublicOrderIncident" ADD CONSTRAINT "PublicOrderIncident_one_subject" CHECK (num_nonnulls("personId", "publicOrderPersonId") = 1);

-- The region follows the district, whoever writes the row (as person_region_sync does for Person).
CREATE OR REPLACE FUNCTION public_order_person_region_sync() RETURNS trigger AS $$
BEGIN
  SELECT d."regionId" INTO NEW."regionId" FROM "District" d WHERE d.id = NEW."districtId";
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER public_order_person_region_sync
  BEFORE INSERT OR UPDATE OF "districtId", "regionId" ON "PublicOrderPerson"
  FOR EACH ROW EXECUTE FUNCTION public_order_person_region_sync();

INSERT INTO "IncidentKind" ("id", "code", "titleEn", "titleRu", "titleKk") VALUES
  ('incident-noise', 'NOISE', 'Noise at night', 'Нарушение тишины в ночное время', 'Түнгі уақытта тыныштықты бұзу'),
  ('incident-hooliganism', 'PETTY_HOOLIGANISM', 'Petty hooliganism', 'Мелкое хулиганство', 'Ұсақ бұзақылық'),
  ('incident-drunk', 'DRUNK_IN_PUBLIC', 'Drunk in a public place', 'Появление в общественном месте в состоянии опьянения', 'Қоғамдық орында мас күйде болу'),
  ('incident-neighbours', 'NEIGHBOUR_CONFLICT', 'Conflict with neighbours', 'Конфликт с соседями', 'Көршілермен жанжал'),
  ('incident-damage', 'PROPERTY_DAMAGE', 'Damage to property', 'Повреждение имущества', 'Мүлікті бүлдіру'),
  ('incident-other', 'OTHER', 'Other antisocial behaviour', 'Иное антиобщественное поведение', 'Өзге де қоғамға жат мінез-құлық');

INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES
  ('publicOrder.worklistThreshold', '3', CURRENT_TIMESTAMP),
  ('publicOrder.worklistWindowMonths', '12', CURRENT_TIMESTAMP),
  ('publicOrder.retentionYears', '3', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;
