-- Risk assessment (issue 13; docs/decisions/023-risk-assessment.md): instruments as versioned reference data,
-- dynamic factors, assessments with countersignature and corrections, reassessment dues, the
-- conviction facts the items need, and the current band on the person for lists.

-- CreateEnum
CREATE TYPE "VictimAgeBand" AS ENUM ('UNDER_14', 'AGE_14_17', 'ADULT');

-- CreateEnum
CREATE TYPE "VictimRelationship" AS ENUM ('FAMILY', 'ACQUAINTANCE', 'STRANGER');

-- CreateEnum
CREATE TYPE "RiskAssessmentStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'COUNTERSIGNED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "RiskDueReason" AS ENUM ('ANNUAL', 'VIOLATION_ESCALATED', 'NEW_CONVICTION', 'ADDRESS_CHANGE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'RISK_ASSESSMENT_SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'RISK_ASSESSMENT_RETURNED';
ALTER TYPE "NotificationKind" ADD VALUE 'RISK_ASSESSMENT_COUNTERSIGNED';
ALTER TYPE "NotificationKind" ADD VALUE 'RISK_REASSESSMENT_DUE';

-- AlterTable
ALTER TABLE "Conviction" ADD COLUMN     "contactOffence" BOOLEAN,
ADD COLUMN     "nonSexualViolence" BOOLEAN,
ADD COLUMN     "sexualOffence" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "victimAgeBand" "VictimAgeBand",
ADD COLUMN     "victimRelationship" "VictimRelationship",
ADD COLUMN     "victimSex" "Sex";

-- AlterTable
ALTER TABLE "ExtensionPetition" ADD COLUMN     "riskAssessmentId" TEXT,
ADD COLUMN     "riskAssessmentMissingReason" TEXT;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "riskAssessedOn" DATE,
ADD COLUMN     "riskAssessmentId" TEXT,
ADD COLUMN     "riskBandCode" TEXT,
ADD COLUMN     "riskBandRank" INTEGER,
ADD COLUMN     "riskScore" INTEGER;

-- CreateTable
CREATE TABLE "RiskInstrument" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "caveatEn" TEXT NOT NULL,
    "caveatRu" TEXT NOT NULL,
    "caveatKk" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "bands" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskDynamicFactor" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "RiskDynamicFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskAssessment" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "status" "RiskAssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL DEFAULT '{}',
    "dynamicFactors" JSONB NOT NULL DEFAULT '[]',
    "score" INTEGER,
    "bandCode" TEXT,
    "bandRank" INTEGER,
    "summary" TEXT,
    "assessorId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "countersignerId" TEXT,
    "countersignedAt" TIMESTAMP(3),
    "returnReason" TEXT,
    "returnedAt" TIMESTAMP(3),
    "correctsId" TEXT,
    "correctionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RiskAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskReassessmentDue" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "reason" "RiskDueReason" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "satisfiedById" TEXT,
    "satisfiedAt" TIMESTAMP(3),

    CONSTRAINT "RiskReassessmentDue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskInstrument_code_version_key" ON "RiskInstrument"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "RiskDynamicFactor_code_key" ON "RiskDynamicFactor"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RiskAssessment_correctsId_key" ON "RiskAssessment"("correctsId");

-- CreateIndex
CREATE INDEX "RiskAssessment_personId_status_countersignedAt_idx" ON "RiskAssessment"("personId", "status", "countersignedAt");

-- CreateIndex
CREATE INDEX "RiskAssessment_status_personId_idx" ON "RiskAssessment"("status", "personId");

-- CreateIndex
CREATE INDEX "RiskAssessment_assessorId_idx" ON "RiskAssessment"("assessorId");

-- CreateIndex
CREATE INDEX "RiskAssessment_countersignerId_idx" ON "RiskAssessment"("countersignerId");

-- CreateIndex
CREATE INDEX "RiskAssessment_instrumentId_idx" ON "RiskAssessment"("instrumentId");

-- CreateIndex
CREATE INDEX "RiskReassessmentDue_satisfiedAt_dueOn_idx" ON "RiskReassessmentDue"("satisfiedAt", "dueOn");

-- CreateIndex
CREATE INDEX "RiskReassessmentDue_personId_satisfiedAt_idx" ON "RiskReassessmentDue"("personId", "satisfiedAt");

-- CreateIndex
CREATE INDEX "RiskReassessmentDue_satisfiedById_idx" ON "RiskReassessmentDue"("satisfiedById");

-- CreateIndex
CREATE UNIQUE INDEX "RiskReassessmentDue_personId_reason_sourceId_key" ON "RiskReassessmentDue"("personId", "reason", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_riskAssessmentId_key" ON "Person"("riskAssessmentId");

-- CreateIndex
CREATE INDEX "Person_officerId_riskBandRank_idx" ON "Person"("officerId", "riskBandRank");

-- CreateIndex
CREATE INDEX "Person_regionId_riskBandRank_idx" ON "Person"("regionId", "riskBandRank");

-- AddForeignKey
ALTER TABLE "ExtensionPetition" ADD CONSTRAINT "ExtensionPetition_riskAssessmentId_fkey" FOREIGN KEY ("riskAssessmentId") REFERENCES "RiskAssessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskInstrument" ADD CONSTRAINT "RiskInstrument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "RiskInstrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_countersignerId_fkey" FOREIGN KEY ("countersignerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskAssessment" ADD CONSTRAINT "RiskAssessment_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "RiskAssessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskReassessmentDue" ADD CONSTRAINT "RiskReassessmentDue_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskReassessmentDue" ADD CONSTRAINT "RiskReassessmentDue_satisfiedById_fkey" FOREIGN KEY ("satisfiedById") REFERENCES "RiskAssessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Foreign keys are indexed (tests/integration/sql-twins.test.ts).
CREATE INDEX "ExtensionPetition_riskAssessmentId_idx" ON "ExtensionPetition"("riskAssessmentId");
CREATE INDEX "RiskInstrument_createdById_idx" ON "RiskInstrument"("createdById");

-- One active version per instrument code: new assessments use it.
CREATE UNIQUE INDEX "RiskInstrument_one_active_idx" ON "RiskInstrument"("code") WHERE "active";

-- The default instrument, version 1: lib/risk/static99r.ts (a test checks they still agree).
INSERT INTO "RiskInstrument" ("id", "code", "version", "titleEn", "titleRu", "titleKk", "caveatEn", "caveatRu", "caveatKk", "items", "bands", "active") VALUES
  ('risk-static99r-v1', 'STATIC99R', 1, 'Static-99R (2016 risk levels)', 'Static-99R (уровни риска 2016 г.)', 'Static-99R (2016 ж. қауіп деңгейлері)', 'A Static-99R score places a person among a group of people with the same score and estimates that group’s relative risk of sexual reoffending. It is one input to the court’s judgement, not a decision about this person.', 'Балл Static-99R относит лицо к группе лиц с таким же баллом и оценивает относительный риск повторного полового преступления для этой группы. Это одно из оснований для суждения суда, а не решение в отношении данного лица.', 'Static-99R балы адамды осындай балы бар адамдар тобына жатқызып, сол топтың жыныстық қылмысты қайталау қаупін салыстырмалы түрде бағалайды. Бұл сот пайымының бір ғана негізі, осы адам туралы шешім емес.',
   '[{"code":"AGE_AT_RELEASE","question":{"en":"Age at release from the index sentence","ru":"Возраст на момент освобождения по последнему приговору","kk":"Соңғы үкім бойынша босатылған кездегі жасы"},"answers":[{"code":"AGE_18_34","points":1,"label":{"en":"18 to 34.9","ru":"от 18 до 34,9 лет","kk":"18-ден 34,9 жасқа дейін"}},{"code":"AGE_35_39","points":0,"label":{"en":"35 to 39.9","ru":"от 35 до 39,9 лет","kk":"35-тен 39,9 жасқа дейін"}},{"code":"AGE_40_59","points":-1,"label":{"en":"40 to 59.9","ru":"от 40 до 59,9 лет","kk":"40-тан 59,9 жасқа дейін"}},{"code":"AGE_60_PLUS","points":-3,"label":{"en":"60 or older","ru":"60 лет и старше","kk":"60 жас және одан жоғары"}}],"prefill":"ageAtRelease"},{"code":"EVER_LIVED_WITH_PARTNER","question":{"en":"Ever lived with an intimate partner for two years or more","ru":"Проживал ли когда-либо с интимным партнёром два года и более","kk":"Жақын серіктесімен екі жыл және одан көп бірге тұрған ба"},"answers":[{"code":"NO","points":1,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":0,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":null},{"code":"INDEX_NONSEXUAL_VIOLENCE","question":{"en":"Index non-sexual violence (any conviction)","ru":"Несексуальное насилие в последнем преступлении (любая судимость)","kk":"Соңғы қылмыстағы жыныстық емес зорлық (кез келген сотталғандық)"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"indexNonSexualViolence"},{"code":"PRIOR_NONSEXUAL_VIOLENCE","question":{"en":"Prior non-sexual violence (any conviction)","ru":"Несексуальное насилие в прошлом (любая судимость)","kk":"Бұрынғы жыныстық емес зорлық (кез келген сотталғандық)"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"priorNonSexualViolence"},{"code":"PRIOR_SEX_OFFENCES","question":{"en":"Prior sex offences (charges or convictions before the index offence)","ru":"Прежние половые преступления (обвинения или судимости до последнего преступления)","kk":"Бұрынғы жыныстық қылмыстар (соңғы қылмысқа дейінгі айыптаулар немесе сотталғандықтар)"},"answers":[{"code":"NONE","points":0,"label":{"en":"None","ru":"Нет","kk":"Жоқ"}},{"code":"CHARGES_1_2_OR_CONVICTION_1","points":1,"label":{"en":"1–2 charges or 1 conviction","ru":"1–2 обвинения или 1 судимость","kk":"1–2 айыптау немесе 1 сотталғандық"}},{"code":"CHARGES_3_5_OR_CONVICTIONS_2_3","points":2,"label":{"en":"3–5 charges or 2–3 convictions","ru":"3–5 обвинений или 2–3 судимости","kk":"3–5 айыптау немесе 2–3 сотталғандық"}},{"code":"CHARGES_6_OR_CONVICTIONS_4","points":3,"label":{"en":"6 or more charges or 4 or more convictions","ru":"6 и более обвинений или 4 и более судимостей","kk":"6 және одан көп айыптау немесе 4 және одан көп сотталғандық"}}],"prefill":"priorSexOffences"},{"code":"PRIOR_SENTENCING_DATES","question":{"en":"Prior sentencing dates (excluding the index)","ru":"Прежние даты вынесения приговоров (без последнего)","kk":"Бұрынғы үкім шығарылған күндер (соңғысынан басқа)"},"answers":[{"code":"UP_TO_3","points":0,"label":{"en":"3 or fewer","ru":"3 или меньше","kk":"3 немесе одан аз"}},{"code":"FOUR_OR_MORE","points":1,"label":{"en":"4 or more","ru":"4 и более","kk":"4 және одан көп"}}],"prefill":"priorSentencingDates"},{"code":"NON_CONTACT_CONVICTION","question":{"en":"Any conviction for a non-contact sex offence","ru":"Судимость за бесконтактное половое преступление","kk":"Байланыссыз жыныстық қылмыс үшін сотталғандық"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"nonContactConviction"},{"code":"UNRELATED_VICTIM","question":{"en":"Any unrelated victim","ru":"Потерпевший, не являющийся родственником","kk":"Туысы емес жәбірленуші"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"unrelatedVictim"},{"code":"STRANGER_VICTIM","question":{"en":"Any stranger victim","ru":"Незнакомый потерпевший","kk":"Бейтаныс жәбірленуші"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"strangerVictim"},{"code":"MALE_VICTIM","question":{"en":"Any male victim","ru":"Потерпевший мужского пола","kk":"Ер жынысты жәбірленуші"},"answers":[{"code":"NO","points":0,"label":{"en":"No","ru":"Нет","kk":"Жоқ"}},{"code":"YES","points":1,"label":{"en":"Yes","ru":"Да","kk":"Иә"}}],"prefill":"maleVictim"}]'::jsonb,
   '[{"code":"I","rank":1,"min":-3,"max":-2,"label":{"en":"Level I — very low risk","ru":"Уровень I — очень низкий риск","kk":"I деңгей — өте төмен қауіп"},"description":{"en":"Totals −3 to −2: far lower than the typical person convicted of a sexual offence.","ru":"Сумма от −3 до −2: значительно ниже, чем у типичного лица, осуждённого за половое преступление.","kk":"Жиынтық −3-тен −2-ге дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан едәуір төмен."}},{"code":"II","rank":2,"min":-1,"max":0,"label":{"en":"Level II — below average risk","ru":"Уровень II — риск ниже среднего","kk":"II деңгей — орташадан төмен қауіп"},"description":{"en":"Totals −1 to 0: lower than the typical person convicted of a sexual offence.","ru":"Сумма от −1 до 0: ниже, чем у типичного лица, осуждённого за половое преступление.","kk":"Жиынтық −1-ден 0-ге дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан төмен."}},{"code":"III","rank":3,"min":1,"max":3,"label":{"en":"Level III — average risk","ru":"Уровень III — средний риск","kk":"III деңгей — орташа қауіп"},"description":{"en":"Totals 1 to 3: about the same as the typical person convicted of a sexual offence.","ru":"Сумма от 1 до 3: примерно как у типичного лица, осуждённого за половое преступление.","kk":"Жиынтық 1-ден 3-ке дейін: жыныстық қылмыс үшін сотталған әдеттегі адаммен шамалас."}},{"code":"IVa","rank":4,"min":4,"max":5,"label":{"en":"Level IVa — above average risk","ru":"Уровень IVa — риск выше среднего","kk":"IVa деңгейі — орташадан жоғары қауіп"},"description":{"en":"Totals 4 to 5: higher than the typical person convicted of a sexual offence.","ru":"Сумма от 4 до 5: выше, чем у типичного лица, осуждённого за половое преступление.","kk":"Жиынтық 4-тен 5-ке дейін: жыныстық қылмыс үшін сотталған әдеттегі адамнан жоғары."}},{"code":"IVb","rank":5,"min":6,"max":12,"label":{"en":"Level IVb — well above average risk","ru":"Уровень IVb — риск значительно выше среднего","kk":"IVb деңгейі — орташадан едәуір жоғары қауіп"},"description":{"en":"Totals 6 and above: much higher than the typical person convicted of a sexual offence.","ru":"Сумма 6 и выше: значительно выше, чем у типичного лица, осуждённого за половое преступление.","kk":"Жиынтық 6 және одан жоғары: жыныстық қылмыс үшін сотталған әдеттегі адамнан едәуір жоғары."}}]'::jsonb, true);

INSERT INTO "RiskDynamicFactor" ("id", "code", "titleEn", "titleRu", "titleKk", "sortOrder") VALUES
  ('risk-factor-access_to_victims', 'ACCESS_TO_VICTIMS', 'Access to potential victims or to places where children gather', 'Доступ к потенциальным жертвам или к местам скопления детей', 'Ықтимал жәбірленушілерге немесе балалар жиналатын орындарға қол жетімділік', 10),
  ('risk-factor-hostility', 'HOSTILITY', 'Hostility', 'Враждебность', 'Қастық', 20),
  ('risk-factor-sexual_preoccupation', 'SEXUAL_PREOCCUPATION', 'Sexual preoccupation', 'Сексуальная озабоченность', 'Жыныстық әуестік', 30),
  ('risk-factor-rejection_of_supervision', 'REJECTION_OF_SUPERVISION', 'Rejection of supervision', 'Неприятие надзора', 'Қадағалауды қабылдамау', 40),
  ('risk-factor-emotional_collapse', 'EMOTIONAL_COLLAPSE', 'Emotional collapse', 'Эмоциональный срыв', 'Эмоционалдық күйзеліс', 50),
  ('risk-factor-social_support_collapse', 'SOCIAL_SUPPORT_COLLAPSE', 'Collapse of social supports', 'Утрата социальной поддержки', 'Әлеуметтік қолдаудың жоғалуы', 60),
  ('risk-factor-substance_abuse', 'SUBSTANCE_ABUSE', 'Substance abuse', 'Злоупотребление алкоголем или наркотиками', 'Алкогольді немесе есірткіні теріс пайдалану', 70);
