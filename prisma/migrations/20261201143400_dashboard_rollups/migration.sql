-- DropIndex
DROP INDEX "SupervisionOrder_personId_status_idx";

-- CreateTable
CREATE TABLE "CheckInMonthly" (
    "month" DATE NOT NULL,
    "regionId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL DEFAULT '',
    "due" INTEGER NOT NULL,
    "attended" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "excused" INTEGER NOT NULL,

    CONSTRAINT "CheckInMonthly_pkey" PRIMARY KEY ("month","regionId","districtId","officerId")
);

-- CreateTable
CREATE TABLE "ViolationMonthly" (
    "month" DATE NOT NULL,
    "regionId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "officerId" TEXT NOT NULL DEFAULT '',
    "type" "ViolationType" NOT NULL,
    "status" "ViolationStatus" NOT NULL,
    "n" INTEGER NOT NULL,

    CONSTRAINT "ViolationMonthly_pkey" PRIMARY KEY ("month","regionId","districtId","officerId","type","status")
);

-- CreateTable
CREATE TABLE "DashboardRollupChange" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardRollupChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DashboardRollup" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "through" DATE NOT NULL,
    "rebuiltAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardRollup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckInMonthly_regionId_month_idx" ON "CheckInMonthly"("regionId", "month");

-- CreateIndex
CREATE INDEX "ViolationMonthly_regionId_month_idx" ON "ViolationMonthly"("regionId", "month");

-- CreateIndex
CREATE INDEX "CheckIn_compliance_idx" ON "CheckIn"("personId", "outcome", "scheduledAt", "actualAt", "evidenceDueAt");

-- CreateIndex
CREATE INDEX "SupervisionOrder_personId_status_startDate_idx" ON "SupervisionOrder"("personId", "status", "startDate");

-- CreateIndex
CREATE INDEX "Violation_compliance_idx" ON "Violation"("personId", "status", "occurredAt", "protocolDate", "createdAt");
