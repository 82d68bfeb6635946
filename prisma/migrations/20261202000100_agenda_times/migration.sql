-- Agenda with times (issue 12): appointments and visits keep their start (scheduledAt) and get a
-- duration; existing rows get 30 minutes. Officers' working hours are a setting of their own.

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "durationMinutes" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "WorkingHours" (
    "userId" TEXT NOT NULL,
    "weekdays" INTEGER[],
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "slotMinutes" INTEGER NOT NULL,
    "lunchStartMinute" INTEGER,
    "lunchEndMinute" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "WorkingHours_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "WorkingHours" ADD CONSTRAINT "WorkingHours_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
