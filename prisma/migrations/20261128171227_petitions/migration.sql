-- CreateEnum
CREATE TYPE "PetitionLanguage" AS ENUM ('RU', 'KK');

-- CreateEnum
CREATE TYPE "AnnouncementStatus" AS ENUM ('OPEN', 'SIGNED', 'REFUSED');

-- AlterTable
ALTER TABLE "CourtDecision" ADD COLUMN     "scan" BYTEA,
ADD COLUMN     "scanMimeType" TEXT;

-- AlterTable
ALTER TABLE "ExtensionPetition" ADD COLUMN     "endorsedAt" TIMESTAMP(3),
ADD COLUMN     "filedAt" TIMESTAMP(3),
ADD COLUMN     "language" "PetitionLanguage" NOT NULL DEFAULT 'RU',
ADD COLUMN     "pdf" BYTEA,
ADD COLUMN     "prefill" JSONB,
ADD COLUMN     "requestedChanges" TEXT,
ADD COLUMN     "returnComment" TEXT,
ADD COLUMN     "riskFactorCodes" TEXT[],
ADD COLUMN     "withdrawnReason" TEXT;

-- CreateTable
CREATE TABLE "RiskFactor" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "RiskFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionAttachment" (
    "id" TEXT NOT NULL,
    "petitionId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementTask" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "status" "AnnouncementStatus" NOT NULL DEFAULT 'OPEN',
    "signedOn" DATE,
    "refusalWitness" TEXT,
    "doneById" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "AnnouncementTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskFactor_code_key" ON "RiskFactor"("code");

-- CreateIndex
CREATE INDEX "PetitionAttachment_petitionId_idx" ON "PetitionAttachment"("petitionId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementTask_decisionId_key" ON "AnnouncementTask"("decisionId");

-- CreateIndex
CREATE INDEX "AnnouncementTask_districtId_status_idx" ON "AnnouncementTask"("districtId", "status");

-- AddForeignKey
ALTER TABLE "PetitionAttachment" ADD CONSTRAINT "PetitionAttachment_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "ExtensionPetition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementTask" ADD CONSTRAINT "AnnouncementTask_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "CourtDecision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Reference data: risk factors a petition may cite (editable by administrators).
INSERT INTO "RiskFactor" ("id", "code", "titleEn", "titleRu", "titleKk") VALUES
  ('risk-repeat-violations', 'repeat-violations', 'Repeated violations of supervision', 'Неоднократные нарушения надзора', 'Қадағалауды бірнеше рет бұзу'),
  ('risk-missed-reporting', 'missed-reporting', 'Missed mandatory reporting', 'Неявки на обязательную регистрацию', 'Міндетті тіркеуге келмеу'),
  ('risk-exclusion-zone', 'exclusion-zone', 'Approaching places where children gather', 'Приближение к местам пребывания детей', 'Балалар жиналатын орындарға жақындау'),
  ('risk-no-fixed-address', 'no-fixed-address', 'No fixed residence', 'Отсутствие постоянного места жительства', 'Тұрақты тұрғылықты жерінің болмауы'),
  ('risk-substance-abuse', 'substance-abuse', 'Alcohol or drug abuse', 'Злоупотребление алкоголем или наркотиками', 'Алкогольді немесе есірткіні теріс пайдалану'),
  ('risk-specialist-assessment', 'specialist-assessment', 'Specialist assessment of a high risk of reoffending', 'Заключение специалиста о высоком риске рецидива', 'Маманның қайталау қаупі жоғары екені туралы қорытындысы')
ON CONFLICT ("code") DO NOTHING;
